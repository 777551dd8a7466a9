/**
 * The preload: exposes `window.desk` and nothing else. Runs sandboxed, so it may only use
 * `contextBridge` and `ipcRenderer`; the raw `ipcRenderer` and its event objects never leave.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createDeskApi } from './bridge';
import { channelFor } from './contract/names';

const desk = createDeskApi({
  invoke: (command, input) => ipcRenderer.invoke(channelFor(command), input),
  subscribe(event, listener) {
    const channel = channelFor(event);
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
});

contextBridge.exposeInMainWorld('desk', desk);
