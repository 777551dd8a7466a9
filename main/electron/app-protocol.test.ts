/**
 * `app://desk/` serves the built renderer and nothing else. Each request below is what Chromium
 * would hand the handler; the folders around the renderer hold files with a marker that no
 * answer may ever contain. Node's `Request`, like Chromium for a standard scheme, already
 * resolves `..` and `%2e%2e` in a path: those rows are kept in both forms anyway, so a change
 * of URL parser cannot open them up unseen.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import type { ProtocolStandIn } from './stand-in/protocol-stand-in';

/** In every file outside the renderer folder: no response body may contain it. */
const MARKER = 'OUTSIDE-THE-RENDERER-5c1e0f';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const LONG_NAME = `${'a'.repeat(5000)}.js`;

const INSIDE: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>M365 Desk</title>',
  'assets/app.js': 'console.log("app");',
  'assets/style.css': 'body { margin: 0; }',
  'assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/logo.png': PNG,
  'assets/my file ü€.txt': 'a name with spaces and unicode',
  'assets/app.js.map': '{"version":3,"sources":["app.ts"]}',
  'notes.xyz': 'an extension the app does not serve',
  README: 'no extension at all',
  '.env': 'a dotfile',
  '..notes.txt': 'a name that starts with two dots, inside',
};
const OUTSIDE = ['secret.txt', 'renderer-evil/secret.txt', 'renderer-evil/index.html'];

/** Whether the temporary folder tells `INDEX.HTML` from `index.html` (Linux does, macOS not). */
const CASE_SENSITIVE = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'case-'));
  writeFileSync(join(probe, 'a'), '');
  const sensitive = !existsSync(join(probe, 'A'));
  rmSync(probe, { recursive: true });
  return sensitive;
})();

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

interface Case {
  url: string;
  status: number;
  method?: string;
  /** The renderer file whose bytes the answer must be, and its Content-Type. */
  serves?: [file: string, type: string];
}

const served = (path: string, file: string, type: string): Case => ({
  url: `app://desk${path}`,
  status: 200,
  serves: [file, type],
});
const refused = (status: number, path: string): Case => ({ url: `app://desk${path}`, status });

const CASES: Case[] = [
  // What the renderer asks for.
  served('/', 'index.html', HTML),
  served('', 'index.html', HTML),
  served('/index.html', 'index.html', HTML),
  served('/assets/app.js', 'assets/app.js', JS),
  served('/assets/style.css', 'assets/style.css', 'text/css; charset=utf-8'),
  served('/assets/icon.svg', 'assets/icon.svg', 'image/svg+xml'),
  served('/assets/logo.png', 'assets/logo.png', 'image/png'),
  served('/assets/my%20file%20%C3%BC%E2%82%AC.txt', 'assets/my file ü€.txt', TEXT),
  served('/assets/my file ü€.txt', 'assets/my file ü€.txt', TEXT),
  served('/link-in.js', 'assets/app.js', JS), // a symlink whose target is inside
  served('/..notes.txt', '..notes.txt', TEXT),
  // Query and hash name no file.
  served('/index.html?x=../../secret.txt', 'index.html', HTML),
  served('/index.html?file=%2e%2e%2fsecret.txt', 'index.html', HTML),
  served('/index.html#../secret.txt', 'index.html', HTML),
  served('/#../', 'index.html', HTML),
  served('/.', 'index.html', HTML),
  // Up and out, raw and percent-encoded (resolved by the URL parser, never served).
  refused(404, '/../secret.txt'),
  refused(404, '/../../../../../../etc/passwd'),
  refused(404, '/assets/../../secret.txt'),
  refused(404, '/%2e%2e/secret.txt'),
  refused(404, '/%2E%2E/secret.txt'),
  refused(404, '/.%2e/secret.txt'),
  refused(404, '/%2e./secret.txt'),
  refused(404, '/assets/%2e%2e/%2e%2e/secret.txt'),
  refused(404, '/../renderer-evil/secret.txt'), // the sibling whose name starts like ours
  refused(404, '/%2e%2e/renderer-evil/index.html'),
  // A separator hidden in a segment.
  refused(400, '/..%2fsecret.txt'),
  refused(400, '/%2e%2e%2fsecret.txt'),
  refused(400, '/assets%2f..%2f..%2fsecret.txt'),
  refused(400, '/..%5csecret.txt'),
  refused(400, '/%5c..%5csecret.txt'),
  refused(400, '/%2e%2e%5c%2e%2e%5csecret.txt'),
  // A raw backslash (Chromium turns it into `/` for a standard scheme, then it is the 404 above).
  refused(400, '/..\\secret.txt'),
  refused(400, '/assets\\..\\..\\secret.txt'),
  // Decoded once only: a double-encoded name is a literal name, and there is no such file.
  refused(404, '/%252e%252e/secret.txt'),
  refused(404, '/%252e%252e%252fsecret.txt'),
  refused(404, '/assets%252f..%252f..%252fsecret.txt'),
  refused(404, '/%255c..%255csecret.txt'),
  // NUL, drives, streams and absolute paths.
  refused(400, '/index.html%00'),
  refused(400, '/index.html%00.png'),
  refused(404, '//etc/passwd'),
  refused(400, '/%2fetc%2fpasswd'),
  refused(400, '/C:/Windows/win.ini'),
  refused(400, '/C%3a%5cWindows%5cwin.ini'),
  refused(400, '/%5c%5cserver%5cshare%5csecret.txt'),
  refused(400, '/index.html:stream'),
  // Malformed percent-encoding.
  refused(400, '/%'),
  refused(400, '/index.html%'),
  refused(400, '/%zz'),
  refused(400, '/%e0%a4%a'),
  refused(400, '/%ff'),
  refused(400, '/%c0%ae%c0%ae/secret.txt'), // overlong UTF-8 for `..`
  // Links out of the folder, folders, special files and missing files.
  refused(404, '/link-out.txt'),
  refused(404, '/evil-dir/secret.txt'),
  refused(404, '/evil-dir/index.html'),
  refused(404, '/assets'),
  refused(404, '/assets/'),
  refused(404, '/assets/.'),
  refused(404, '/index.html/'),
  refused(404, '/pipe.txt'),
  refused(404, '/missing.html'),
  refused(404, '/assets/missing.js'),
  refused(404, `/${LONG_NAME}`),
  refused(404, `/${'a/'.repeat(3000)}index.html`),
  // Files the table does not serve.
  refused(404, '/assets/app.js.map'),
  refused(404, '/notes.xyz'),
  refused(404, '/README'),
  refused(404, '/.env'),
  // Case variants: a case-insensitive disk finds the same file inside, never another one.
  CASE_SENSITIVE ? refused(404, '/INDEX.HTML') : served('/INDEX.HTML', 'index.html', HTML),
  CASE_SENSITIVE ? refused(404, '/Assets/App.JS') : served('/Assets/App.JS', 'assets/app.js', JS),
  // Another host: the app's only origin is app://desk (Chromium lowercases a standard scheme's host).
  { url: 'app://evil/index.html', status: 404 },
  { url: 'app://desk.evil/index.html', status: 404 },
  { url: 'app://evil.desk/index.html', status: 404 },
  { url: 'app://DESK/index.html', status: 404 },
  { url: 'app://desk:8080/index.html', status: 404 },
  // Methods: reading only.
  { ...served('/index.html', 'index.html', HTML), method: 'HEAD' },
  { ...refused(404, '/missing.html'), method: 'HEAD' },
  { ...refused(405, '/index.html'), method: 'POST' },
  { ...refused(405, '/index.html'), method: 'PUT' },
  { ...refused(405, '/index.html'), method: 'DELETE' },
  { ...refused(405, '/'), method: 'OPTIONS' },
];

let root = '';
let protocol: ProtocolStandIn;

async function writeInside(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  const renderer = join(root, 'renderer');
  await writeInside(renderer, INSIDE);
  await writeInside(root, Object.fromEntries(OUTSIDE.map((name) => [name, `${MARKER} ${name}`])));
  await symlink(join(root, 'secret.txt'), join(renderer, 'link-out.txt'));
  await symlink(join(root, 'renderer-evil'), join(renderer, 'evil-dir'), 'dir');
  await symlink(join(renderer, 'assets/app.js'), join(renderer, 'link-in.js'));
  // A FIFO would block a reader forever: it must be refused before anything opens it.
  if (process.platform !== 'win32') execFileSync('mkfifo', [join(renderer, 'pipe.txt')]);

  vi.resetModules();
  ({ protocol } = await import('./stand-in/electron-stand-in'));
  const { serveRenderer } = await import('./app-protocol');
  serveRenderer(renderer);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('app://desk/ serves the built renderer only', () => {
  it('is a table of at least 40 requests', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  const rows = CASES.map((row) => ({ method: 'GET', ...row }));
  it.each(rows)('$method $url → $status', async ({ url, status, method, serves }) => {
    const response = await protocol.request(url, { method }).catch((error: unknown) => {
      throw new Error(`the handler threw instead of answering: ${String(error)}`);
    });
    const body = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(status);
    expect(body.includes(MARKER)).toBe(false);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    if (!serves) {
      expect(response.headers.get('Content-Type')).toBe(TEXT);
      if (status === 405) expect(response.headers.get('Allow')).toBe('GET, HEAD');
      return;
    }
    const [file, type] = serves;
    const expected = await readFile(join(root, 'renderer', file));
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Length')).toBe(String(expected.length));
    expect(body).toEqual(method === 'HEAD' ? Buffer.alloc(0) : expected);
  });
});

describe('the renderer folder', () => {
  it('is compared by its real path, so a folder reached through a link still serves', async () => {
    vi.resetModules();
    const fresh = await import('./stand-in/electron-stand-in');
    const { serveRenderer } = await import('./app-protocol');
    await symlink(join(root, 'renderer'), join(root, 'renderer-link'), 'dir');
    serveRenderer(join(root, 'renderer-link'));

    const index = await fresh.protocol.request('app://desk/index.html');
    const out = await fresh.protocol.request('app://desk/../secret.txt');

    expect([index.status, await index.text()]).toEqual([200, INSIDE['index.html']]);
    expect([out.status, (await out.text()).includes(MARKER)]).toEqual([404, false]);
  });

  it('missing altogether gives 404 answers, not errors', async () => {
    vi.resetModules();
    const fresh = await import('./stand-in/electron-stand-in');
    const { serveRenderer } = await import('./app-protocol');
    serveRenderer(join(root, 'not-built-yet'));

    const response = await fresh.protocol.request('app://desk/');

    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the app scheme', () => {
  it('is registered as standard and secure, before the app is ready', async () => {
    vi.resetModules();
    const fresh = await import('./stand-in/electron-stand-in');
    const { registerAppScheme, APP_ORIGIN } = await import('./app-protocol');

    registerAppScheme();

    expect(APP_ORIGIN).toBe('app://desk');
    expect(fresh.protocol.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        beforeReady: true,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });
});
