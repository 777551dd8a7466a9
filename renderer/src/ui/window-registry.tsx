import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';

interface Held<T> {
  entries: readonly T[];
  set: Dispatch<SetStateAction<readonly T[]>>;
}

export interface WindowRegistry<T> {
  /** Holds the entries for everything rendered inside it (the whole window). */
  Provider: (props: { children: ReactNode }) => ReactNode;
  /**
   * Puts `entries` in the registry while the calling component is mounted; new entries (by
   * value, functions aside) replace the old ones.
   */
  useRegister: (entries: readonly T[]) => void;
  /** Every entry registered now, by any component in the window. */
  useEntries: () => readonly T[];
}

const none: readonly never[] = [];

/**
 * What one part of the window tells the others about itself while it is on screen (a dialog
 * that tells a problem, a sign-in that connects a service), without passing props through
 * everything between them. Outside a provider, registering does nothing and nothing is read.
 */
export function createWindowRegistry<T>(): WindowRegistry<T> {
  const Context = createContext<Held<T> | undefined>(undefined);

  function Provider({ children }: { children: ReactNode }) {
    const [entries, set] = useState<readonly T[]>(none);
    const value = useMemo(() => ({ entries, set }), [entries]);
    return <Context.Provider value={value}>{children}</Context.Provider>;
  }

  function useRegister(entries: readonly T[]) {
    const set = useContext(Context)?.set;
    const latest = useRef(entries);
    useEffect(() => {
      latest.current = entries;
    });
    // A new array each render; what it says is what counts.
    const key = JSON.stringify(entries);
    useEffect(() => {
      const mine = latest.current;
      if (!set || mine.length === 0) return;
      set((list) => [...list, ...mine]);
      return () => set((list) => list.filter((entry) => !mine.includes(entry)));
    }, [set, key]);
  }

  const useEntries = () => useContext(Context)?.entries ?? none;

  return { Provider, useRegister, useEntries };
}
