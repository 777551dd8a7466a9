import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../../preload/contract';
import { subscribe } from './desk-client';

/**
 * Subscribes to a core event for the lifetime of the component. The latest listener is kept in
 * a ref so callers can pass inline closures without re-subscribing (and missing events) on
 * every render.
 */
export function useDeskEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe(event, (payload) => latest.current(payload)), [event]);
}
