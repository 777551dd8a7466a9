/**
 * `protocol`: the privileged schemes (and whether they came before `ready`, as Electron
 * requires) and the handlers, which a test calls with a request as Chromium would.
 */
import type { Protocol } from 'electron';
import { app } from './app-stand-in';

type CustomScheme = Parameters<Protocol['registerSchemesAsPrivileged']>[0][number];
type SchemeHandler = Parameters<Protocol['handle']>[1];

export class ProtocolStandIn implements Pick<
  Protocol,
  'registerSchemesAsPrivileged' | 'handle' | 'isProtocolHandled'
> {
  readonly privileged: Array<CustomScheme & { beforeReady: boolean }> = [];
  readonly handlers = new Map<string, SchemeHandler>();

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    for (const scheme of schemes) this.privileged.push({ ...scheme, beforeReady: !app.isReady() });
  }

  handle(scheme: string, handler: SchemeHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
    this.handlers.set(scheme, handler);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /**
   * What Chromium would get for `url`. A handler that throws or rejects is an error page in
   * Electron, which a test must see: it rejects here too.
   */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for scheme '${scheme}'`);
    return handler(new Request(url, init) as Parameters<SchemeHandler>[0]);
  }
}

export const protocol = new ProtocolStandIn();
