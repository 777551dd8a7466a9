import { useCallback, useEffect, useState } from 'react';

export type ThemeMode = 'light' | 'dark';

const storageKey = 'm365-desk.theme';
const darkQuery = '(prefers-color-scheme: dark)';

function readStored(): ThemeMode | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    // Storage can be unavailable (e.g. disabled by policy); fall back to the system setting.
    return undefined;
  }
}

function systemMode(): ThemeMode {
  return window.matchMedia?.(darkQuery).matches ? 'dark' : 'light';
}

/**
 * Light or dark. Follows the OS until the person picks one in the header; from then on their
 * choice is remembered in localStorage and wins over the OS.
 */
export function useThemePreference(): [ThemeMode, (mode: ThemeMode) => void] {
  const [stored, setStored] = useState<ThemeMode | undefined>(readStored);
  const [system, setSystem] = useState<ThemeMode>(systemMode);

  useEffect(() => {
    const query = window.matchMedia?.(darkQuery);
    if (!query) return;
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const mode = stored ?? system;

  // Native parts (scrollbars, form controls) follow the chosen theme, not only the OS.
  useEffect(() => {
    document.documentElement.style.colorScheme = mode;
  }, [mode]);

  const choose = useCallback((next: ThemeMode) => {
    setStored(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not persisted; the choice still applies for this session.
    }
  }, []);

  return [mode, choose];
}
