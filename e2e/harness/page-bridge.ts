/**
 * Runs inside the page (bundled by esbuild and added as an init script): builds `window.desk`
 * with the same factory the Electron preload uses, over Playwright bindings instead of IPC.
 */
import { createDeskApi } from '../../preload/bridge';
import type { EventName } from '../../preload/contract';

interface BridgeWindow {
  __deskInvoke(command: string, payload: unknown): Promise<unknown>;
  __deskDispatch?: (event: EventName, payload: unknown) => void;
}

const w = window as unknown as BridgeWindow;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

// The host calls this through page.evaluate to deliver main's events.
Object.defineProperty(window, '__deskDispatch', {
  value: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
});

const desk = createDeskApi({
  invoke: (command, input) => w.__deskInvoke(command, input),
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
});

Object.defineProperty(window, 'desk', { value: desk, writable: false, configurable: false });
