import { useCallback, useRef, useState, type RefObject } from 'react';

/**
 * State that async callbacks can read as it is now (through the ref), not as it was when they
 * were created. Sign-in flows need this: their commands settle long after they were sent.
 */
export function useLatestState<T>(initial: T): [T, RefObject<T>, (next: T) => void] {
  const [state, setState] = useState<T>(initial);
  const ref = useRef<T>(initial);
  const set = useCallback((next: T) => {
    ref.current = next;
    setState(next);
  }, []);
  return [state, ref, set];
}
