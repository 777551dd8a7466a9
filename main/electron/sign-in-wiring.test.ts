/**
 * The booted shell's sign-in wiring, against its own in-process sandbox: the in-app sign-in
 * window is a child of the main window in a fresh partition, and the system browser is
 * `shell.openExternal`, given the authority's page and nothing else.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { channelFor, type Result, type SignInPending } from '../../preload/contract';
import { bootShell, type BootedShell } from './stand-in/boot-shell';
import { WebFrameStandIn } from './stand-in/web-frame-stand-in';

let shell: BootedShell;

beforeEach(async () => {
  shell = await bootShell();
});

afterEach(() => shell.quit());

function signIn(method: 'in-app-window' | 'system-browser'): Promise<Result<unknown>> {
  const frame = new WebFrameStandIn('app://desk/index.html');
  return shell.electron.ipcMain.invokeFrom(frame, channelFor('signIn.interactive'), {
    serviceId: 'graph',
    cloud: 'sandbox',
    method,
  }) as Promise<Result<unknown>>;
}

/** The `signIn.pending` event the shell sent to the main window. */
function pendingFlow(): SignInPending | undefined {
  const sent = shell.electron.BrowserWindow.created[0]!.webContents.sent;
  const pending = sent.find((m) => m.channel === channelFor('signIn.pending'));
  return pending?.args[0] as SignInPending | undefined;
}

it('opens the sign-in window as a child of the main window, in its own partition', async () => {
  const { BrowserWindow } = shell.electron;
  const result = signIn('in-app-window');
  await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(2), { timeout: 20_000 });
  const [main, signInWindow] = BrowserWindow.created;
  expect(signInWindow!.options.parent).toBe(main);
  expect(signInWindow!.webContents.session.partition).toMatch(/^signin-/);
  const [url] = signInWindow!.loadedUrls;
  expect(new URL(url!).protocol).toBe('https:');
  expect(new URL(url!).pathname).toMatch(/\/oauth2\/v2\.0\/authorize$/);
  signInWindow!.close();
  await expect(result).resolves.toMatchObject({ ok: false, code: 'cancelled' });
});

it("opens the system browser with shell.openExternal, at the authority's page", async () => {
  const { shell: electronShell, ipcMain } = shell.electron;
  const result = signIn('system-browser');
  await vi.waitFor(() => expect(electronShell.openedExternal).toHaveLength(1), { timeout: 20_000 });
  const opened = new URL(electronShell.openedExternal[0]!);
  expect(opened.protocol).toBe('https:');
  expect(opened.pathname).toMatch(/\/oauth2\/v2\.0\/authorize$/);
  const flow = pendingFlow();
  expect(flow?.method).toBe('system-browser');
  const frame = new WebFrameStandIn('app://desk/index.html');
  await ipcMain.invokeFrom(frame, channelFor('signIn.cancel'), { flowId: flow!.flowId });
  await expect(result).resolves.toMatchObject({ ok: false, code: 'cancelled' });
});
