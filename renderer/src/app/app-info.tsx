import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppInfo, SignInMethod } from '../../../preload/contract';

interface AppInfoState {
  /** Undefined while `app.info` loads, or when the core could not say. */
  info: AppInfo | undefined;
  /** Reads `app.info` again, after a change that alters it (token storage, proxy, saved app). */
  reload: () => void;
}

const AppInfoContext = createContext<AppInfoState>({ info: undefined, reload: () => {} });

/** What the core says about this app (its clouds, sign-in methods, notices), for the window. */
export function AppInfoProvider({ children, ...state }: AppInfoState & { children: ReactNode }) {
  const { info, reload } = state;
  const value = useMemo(() => ({ info, reload }), [info, reload]);
  return <AppInfoContext.Provider value={value}>{children}</AppInfoContext.Provider>;
}

export function useAppInfo(): AppInfo | undefined {
  return useContext(AppInfoContext).info;
}

export function useReloadAppInfo(): () => void {
  return useContext(AppInfoContext).reload;
}

// While `app.info` loads (or if it failed), device code is the one every host can do.
const fallbackMethods: SignInMethod[] = [
  { id: 'device-code', label: 'Device code', description: '', available: true },
];

const noClouds: AppInfo['clouds'] = [];

/** The ways to sign in, in the core's order. */
export function useSignInMethods(): SignInMethod[] {
  return useAppInfo()?.signInMethods ?? fallbackMethods;
}

/** The clouds to sign in to, with the reason for any that cannot be used; none until loaded. */
export function useClouds(): AppInfo['clouds'] {
  return useAppInfo()?.clouds ?? noClouds;
}
