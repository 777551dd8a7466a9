/**
 * `ipcMain`, `ipcRenderer` and `contextBridge`, joined as in Electron: what a preload invokes
 * reaches the main process's handler with an event naming the frame it came from, and what main
 * sends reaches the preload's listeners with an event object first.
 */
import { EventEmitter } from 'node:events';
import type { ContextBridge, IpcMain, IpcMainInvokeEvent, IpcRenderer } from 'electron';
import { StandInEvent } from './stand-in-event';
import type { WebContentsStandIn } from './web-contents-stand-in';
import { WebFrameStandIn } from './web-frame-stand-in';

type InvokeHandler = Parameters<IpcMain['handle']>[1];

export class IpcMainStandIn extends EventEmitter implements Pick<IpcMain, 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron refuses a second handler for one channel; so does the stand-in.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Every channel the main process listens on, by `handle` or by `on`. */
  channels(): string[] {
    const listened = this.eventNames().filter((name): name is string => typeof name === 'string');
    return [...this.handlers.keys(), ...listened];
  }

  /** An `ipcRenderer.invoke` arriving from `frame` of `sender`. */
  async invokeFrom(
    frame: WebFrameStandIn | null,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = Object.assign(new StandInEvent(), {
      senderFrame: frame,
      frameId: 1,
      processId: 1,
      type: 'frame' as const,
    });
    // Arguments and answers cross by structured clone, as in Electron.
    const answer = await handler(event as unknown as IpcMainInvokeEvent, ...structuredClone(args));
    return structuredClone(answer);
  }
}

export const ipcMain = new IpcMainStandIn();

export class IpcRendererStandIn extends EventEmitter implements Pick<IpcRenderer, 'invoke'> {
  /** The frame the preload runs in; a test points it at another frame to play an attacker. */
  frame: WebFrameStandIn | null = new WebFrameStandIn('app://desk/index.html');
  readonly invoked: Array<{ channel: string; args: unknown[] }> = [];

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return ipcMain.invokeFrom(this.frame, channel, ...args);
  }

  /** What main's `webContents.send` delivers: Electron's event first, then the payload. */
  deliver(channel: string, ...args: unknown[]): void {
    const event = Object.assign(new StandInEvent(), { senderId: 0, ports: [] });
    this.emit(channel, event, ...structuredClone(args));
  }

  /** Forwards everything `contents` was sent from now on, as the page's IPC would. */
  listenTo(contents: WebContentsStandIn): void {
    const send = contents.send.bind(contents);
    contents.send = (channel: string, ...args: unknown[]) => {
      send(channel, ...args);
      this.deliver(channel, ...args);
    };
  }
}

export const ipcRenderer = new IpcRendererStandIn();

export class ContextBridgeStandIn implements Pick<ContextBridge, 'exposeInMainWorld'> {
  /** The page's `window` as the preload left it: only what was exposed. */
  readonly mainWorld: Record<string, unknown> = {};

  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (apiKey in this.mainWorld) throw new Error(`Cannot bind an API on top of '${apiKey}'`);
    this.mainWorld[apiKey] = api;
  }
}

export const contextBridge = new ContextBridgeStandIn();
