/**
 * Connects the core's command router to `ipcMain`, answering only frames that show our own
 * app origin, and sends core events to the window. One handler per contract command.
 */
import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import {
  channelFor,
  commandNames,
  type EventName,
  type EventPayload,
} from '../../preload/contract';
import type { CommandRouter } from '../core/ipc/command-router';
import { contractEventSink } from '../core/ipc/event-gate';
import type { BridgeLog, EventSink } from '../core/ports';
import { isAppUrl } from './app-origin';

/**
 * Only the app's own page may call: the main frame (an iframe of any origin is refused, even
 * one the app's page made), showing `app://desk`, and still alive (Electron gives `null` for a
 * frame that navigated away or was destroyed while the message was in flight).
 */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame || frame.isDestroyed() || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** `recorder` is set only by the e2e hooks of a test build (M365_DESK_TEST_BUILD=1). */
export function bindRouterToIpc(router: CommandRouter, recorder?: BridgeLog): void {
  for (const command of commandNames) {
    ipcMain.handle(channelFor(command), async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
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
