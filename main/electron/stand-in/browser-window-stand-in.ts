/**
 * `BrowserWindow`: records the options each window was made with and what it loaded. Creating
 * one fires `app`'s `web-contents-created`, as Electron does, so the shell's app-wide guards
 * see every window's contents.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { app } from './app-stand-in';
import { StandInEvent } from './stand-in-event';
import { session, type SessionStandIn } from './session-stand-in';
import { WebContentsStandIn } from './web-contents-stand-in';

export class BrowserWindowStandIn
  extends EventEmitter
  implements
    Pick<
      BrowserWindow,
      | 'show'
      | 'isVisible'
      | 'isDestroyed'
      | 'close'
      | 'focus'
      | 'isMinimized'
      | 'minimize'
      | 'restore'
    >
{
  /** Every window ever made in this run, in order. */
  static readonly created: BrowserWindowStandIn[] = [];
  readonly webContents: WebContentsStandIn;
  readonly loadedUrls: string[] = [];
  private visible = false;
  private destroyed = false;
  private minimized = false;
  /** How many times the window was brought to the front. */
  focusCalls = 0;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    const windowSession = options.webPreferences?.session as SessionStandIn | undefined;
    this.webContents = new WebContentsStandIn(windowSession ?? session.defaultSession);
    BrowserWindowStandIn.created.push(this);
    app.emit('web-contents-created', new StandInEvent(), this.webContents);
  }

  static getAllWindows(): BrowserWindowStandIn[] {
    return BrowserWindowStandIn.created.filter((win) => !win.isDestroyed());
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.finishLoad(url);
  }

  /** Chromium's first paint: the shell shows its window on `ready-to-show`. */
  paint(): void {
    this.emit('ready-to-show', new StandInEvent());
  }

  show(): void {
    this.visible = true;
  }

  isVisible(): boolean {
    return this.visible;
  }

  focus(): void {
    this.focusCalls += 1;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  minimize(): void {
    this.minimized = true;
  }

  restore(): void {
    this.minimized = false;
    this.visible = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  close(): void {
    if (this.destroyed) return;
    const close = new StandInEvent();
    this.emit('close', close);
    if (close.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed', new StandInEvent());
    if (BrowserWindowStandIn.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}
