/**
 * `webContents`: the events the shell guards (`will-frame-navigate`, `will-navigate`,
 * `will-redirect`, `will-attach-webview`, `did-finish-load`, `login`), the window-open handler,
 * what was sent to the page, and a scripted page text for `executeJavaScriptInIsolatedWorld`.
 */
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { StandInEvent } from './stand-in-event';
import type { SessionStandIn } from './session-stand-in';
import { WebFrameStandIn } from './web-frame-stand-in';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type WindowOpenDetails = Parameters<WindowOpenHandler>[0];
type NavigationDetails = Electron.WebContentsWillFrameNavigateEventParams;
type LoginCallback = (username?: string, password?: string) => void;

/** What the shell did with a `login`: left it to Electron (which cancels), or answered it. */
export type LoginAnswer =
  | { answered: false }
  | { answered: true; username?: string | undefined; password?: string | undefined };

let nextId = 1;

export class WebContentsStandIn
  extends EventEmitter
  implements Pick<WebContents, 'send' | 'setWindowOpenHandler' | 'getURL' | 'isDestroyed'>
{
  readonly id = nextId++;
  readonly mainFrame = new WebFrameStandIn('');
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly isolatedWorldScripts: Array<{ worldId: number; code: string }> = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  /** What `document.body.innerText` of the loaded page would be. */
  pageText = '';
  private destroyed = false;

  constructor(readonly session: SessionStandIn) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // IPC copies with the structured clone algorithm: nothing the page gets is shared.
    this.sent.push({ channel, args: structuredClone(args) });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  async executeJavaScriptInIsolatedWorld(
    worldId: number,
    scripts: Array<{ code: string }>,
  ): Promise<unknown> {
    for (const { code } of scripts) this.isolatedWorldScripts.push({ worldId, code });
    return this.pageText;
  }

  /**
   * Chromium's side of a navigation the page started, in Electron's order: `will-frame-navigate`
   * for any frame, then `will-navigate` for the main frame only; a server redirect is
   * `will-redirect`, for either. Unless one was prevented, the load. Answers whether the frame
   * was left to load.
   */
  navigate(
    url: string,
    kind: 'will-navigate' | 'will-redirect' = 'will-navigate',
    frame: 'main' | 'subframe' = 'main',
  ): boolean {
    const isMainFrame = frame === 'main';
    const events =
      kind === 'will-redirect'
        ? ['will-redirect']
        : ['will-frame-navigate', ...(isMainFrame ? ['will-navigate'] : [])];
    for (const name of events) {
      const details: NavigationDetails = { url, isMainFrame, isSameDocument: false, frame: null };
      const navigation = Object.assign(new StandInEvent(), details);
      // The positional url, isInPlace and isMainFrame are deprecated but still passed.
      this.emit(name, navigation, url, false, isMainFrame);
      if (navigation.defaultPrevented) return false;
    }
    if (isMainFrame) this.finishLoad(url);
    return true;
  }

  /** A load the app asked for (`loadURL`), which Chromium does not pass to `will-navigate`. */
  finishLoad(url: string): void {
    this.mainFrame.url = url;
    this.emit('did-finish-load', new StandInEvent());
  }

  /**
   * Chromium asking for a user name and password while loading `url`: a proxy's 407
   * (`authInfo.isProxy`) or a server's 401; `firstAuthAttempt` false when it asks again after
   * an answer was refused. Answers what the shell did, as Electron reads it: unless the event
   * was prevented, the login is cancelled.
   */
  login(url: string, authInfo: Electron.AuthInfo, firstAuthAttempt = true): LoginAnswer {
    const event = new StandInEvent();
    let answer: LoginAnswer = { answered: false };
    const callback: LoginCallback = (username, password) => {
      answer = { answered: true, username, password };
    };
    const details: Electron.AuthenticationResponseDetails = {
      url,
      pid: 0,
      isRequestForNavigation: true,
      firstAuthAttempt,
    };
    this.emit('login', event, details, authInfo, callback);
    return event.defaultPrevented ? answer : { answered: false };
  }

  /** What `window.open(url)` from the page would get. */
  openWindow(url: string): ReturnType<WindowOpenHandler> | undefined {
    const details = { url, frameName: '', features: '', disposition: 'new-window' };
    return this.windowOpenHandler?.(details as WindowOpenDetails);
  }

  /** A `<webview>` about to attach: answers whether the shell let it. */
  attachWebview(src: string): boolean {
    const attach = new StandInEvent();
    this.emit('will-attach-webview', attach, { preload: '' }, { src });
    return !attach.defaultPrevented;
  }

  destroy(): void {
    this.destroyed = true;
    this.mainFrame.destroy();
    this.emit('destroyed', new StandInEvent());
  }
}
