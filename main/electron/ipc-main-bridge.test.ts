/**
 * The IPC edge on the Electron stand-in: only the app's own main frame is answered, and what
 * crosses (command results and events) is what the contract names, nothing more.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelFor, type Result, type SignInPending } from '../../preload/contract';
import { bootShell, type BootedShell, type ElectronStandIn } from './stand-in/boot-shell';
import { WebFrameStandIn } from './stand-in/web-frame-stand-in';

let shell: BootedShell;
let electron: ElectronStandIn;

beforeEach(async () => {
  shell = await bootShell();
  electron = shell.electron;
});

afterEach(() => shell.quit());

const appInfo = (frame: WebFrameStandIn | null) =>
  electron.ipcMain.invokeFrom(frame, channelFor('app.info'), {}) as Promise<Result<unknown>>;

describe('the sender check', () => {
  it("answers the app's main frame, with a result the contract parsed", async () => {
    const result = await appInfo(new WebFrameStandIn('app://desk/index.html'));
    expect(result).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.0.0-stand-in' },
    });
  });

  const mainFrame = () => new WebFrameStandIn('app://desk/index.html');
  const destroyed = () => {
    const frame = mainFrame();
    frame.destroy();
    return frame;
  };
  const refused: Array<[string, () => WebFrameStandIn | null]> = [
    ['no frame (navigated away or gone)', () => null],
    ['a destroyed frame', destroyed],
    [
      'a subframe showing app://desk',
      () => new WebFrameStandIn('app://desk/index.html', mainFrame()),
    ],
    [
      'a subframe of another origin',
      () => new WebFrameStandIn('https://evil.example/', mainFrame()),
    ],
    ['another origin', () => new WebFrameStandIn('https://evil.example/')],
    ['file://', () => new WebFrameStandIn('file:///work/out/renderer/index.html')],
    ['another app:// host', () => new WebFrameStandIn('app://evil/index.html')],
    ['a lookalike host', () => new WebFrameStandIn('app://desk.evil/index.html')],
    ['user info before the host', () => new WebFrameStandIn('app://desk@evil/index.html')],
    ['http with the same host', () => new WebFrameStandIn('http://desk/index.html')],
    ['about:blank', () => new WebFrameStandIn('about:blank')],
    ['an empty URL', () => new WebFrameStandIn('')],
  ];

  it.each(refused)('refuses %s', async (_name, frame) => {
    const result = await appInfo(frame());
    expect(result).toEqual({
      ok: false,
      code: 'untrusted_sender',
      message: 'This page may not talk to M365 Desk.',
    });
  });
});

describe('events to the window', () => {
  const pending = {
    flowId: 'flow-1',
    serviceId: 'graph',
    method: 'system-browser',
    expiresAt: '2026-12-01T23:00:00.000Z',
  } satisfies SignInPending;

  it('sends a payload the contract parsed, without fields it does not name', async () => {
    const { windowEventSink } = await import('./ipc-main-bridge');
    const win = electron.BrowserWindow.created[0]!;
    const sink = windowEventSink(() => win as never);
    sink.emit('signIn.pending', { ...pending, accessToken: 'eyJ.secret' } as never);
    expect(win.webContents.sent).toEqual([
      { channel: channelFor('signIn.pending'), args: [pending] },
    ]);
  });

  it('sends nothing for a payload that does not fit, or to a window that is gone', async () => {
    const { windowEventSink } = await import('./ipc-main-bridge');
    const win = electron.BrowserWindow.created[0]!;
    const sink = windowEventSink(() => win as never);
    sink.emit('signIn.pending', { ...pending, expiresAt: 'tomorrow' });
    expect(win.webContents.sent).toEqual([]);
    win.close();
    expect(() => sink.emit('signIn.pending', pending as never)).not.toThrow();
  });
});
