/**
 * Connects the core's command router to `ipcMain`, answering only frames that show our own
 * app origin, and sends core events to the window. One handler per contract command.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  channelFor,
  commandNames,
  type EventName,
  type EventPayload,
} from '../../preload/contract';
import type { CommandRouter } from '../core/ipc/command-router';
import { contractEventSink } from '../core/ipc/event-gate';
import type { BridgeLog, EventSink } from '../core/ports';
import { APP_ORIGIN } from './app-protocol';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** `recorder` is set only by the e2e hooks of a test build (M365_DESK_TEST_BUILD=1). */
export function bindRouterToIpc(router: CommandRouter, recorder?: BridgeLog): void {
  for (const command of commandNames) {
    ipcMain.handle(channelFor(command), async (event, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          code: 'untrusted_sender',
          message: 'This page may not talk to M365 Desk.',
        };
      }
      recorder?.record('command', command, payload);
      const result = await router.dispatch(command, payload);
      recorder?.record('result', command, result);
      return result;
    });
  }
}

/** Events are parsed against the contract before they are sent (see core/ipc/event-gate.ts). */
export function windowEventSink(
  getWindow: () => BrowserWindow | undefined,
  recorder?: BridgeLog,
): EventSink {
  return contractEventSink(<E extends EventName>(event: E, payload: EventPayload<E>) => {
    recorder?.record('event', event, payload);
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(channelFor(event), payload);
  });
}
