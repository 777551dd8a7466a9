/**
 * Serves the built renderer from `app://desk/` with `protocol.handle` (not `file://`). Every
 * answer, errors included, carries the Content Security Policy, `nosniff` and a Content-Type
 * the app chose; a request the handler cannot serve gets a status, never an exception (which
 * Electron would turn into an error page with no CSP at all).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { findRendererFile } from './renderer-file';

export const APP_SCHEME = 'app';
const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * What the built renderer is made of, and the type each is sent as. A file of any other kind
 * is refused (404) rather than sent as `application/octet-stream`: nothing the build makes
 * needs it, and a stray file in the folder (a source map, a `.env`, an editor's backup) should
 * not be readable by the page just because it is there. A new kind of asset fails visibly
 * in development until it is added here. Source maps are left out on purpose: the build makes
 * none, and they would hand the page the app's source.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const REASONS = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  500: 'The file could not be read',
} as const;

/**
 * Must run before `app` is ready. `codeCache`: V8 keeps the compiled renderer between starts, as
 * it does for web pages, so a later start does not compile the first screen's script again
 * (Electron allows it for standard schemes only).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  // A read that fails after the file was found (removed meanwhile) is still an answer.
  protocol.handle(APP_SCHEME, (request) => answer(rendererDir, request).catch(() => refusal(500)));
}

async function answer(rendererDir: string, request: Request): Promise<Response> {
  // The renderer only reads; anything else is a page trying something.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refusal(405, { Allow: 'GET, HEAD' });
  }
  // Query and hash name no file: only the host and the path are looked at.
  const { host, pathname } = new URL(request.url);
  if (host !== APP_HOST) return refusal(404);
  const file = await findRendererFile(rendererDir, pathname);
  if (!file.found) return refusal(file.status);
  // Typed by the file that is read (after links), not by the name asked for.
  const type = CONTENT_TYPES[extname(file.path).toLowerCase()];
  if (!type) return refusal(404);
  const body = request.method === 'HEAD' ? null : await readFile(file.path);
  return new Response(body, {
    status: 200,
    headers: headers(type, { 'Content-Length': String(body?.length ?? file.size) }),
  });
}

function refusal(status: keyof typeof REASONS, extra: Record<string, string> = {}): Response {
  // Says nothing of the path asked for: an error page is no place to echo what a page sent.
  return new Response(REASONS[status], {
    status,
    headers: headers('text/plain; charset=utf-8', extra),
  });
}

function headers(contentType: string, extra: Record<string, string>): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': contentType,
    ...extra,
  });
}
