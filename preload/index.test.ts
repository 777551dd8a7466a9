/**
 * The preload on the Electron stand-in: it exposes `window.desk` and nothing else, a listener
 * never sees Electron's event object, and a name outside the contract goes nowhere.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelFor, type Result } from './contract';
import type { DeskApi } from './bridge';
import {
  bootShell,
  type BootedShell,
  type ElectronStandIn as StandIn,
} from '../main/electron/stand-in/boot-shell';

describe('the preload alone', () => {
  let electron: StandIn;
  let desk: DeskApi;
  /** What the preload sent before the test did anything: the first screen's reads. */
  let early: number;
  const sentByTest = () => electron.ipcRenderer.invoked.slice(early);

  beforeEach(async () => {
    vi.resetModules();
    electron = await import('../main/electron/stand-in/electron-stand-in');
    await import('./index');
    desk = electron.contextBridge.mainWorld.desk as DeskApi;
    early = electron.ipcRenderer.invoked.length;
  });

  it("asks the first screen's reads itself, on their channels, before the page asks", () => {
    expect(electron.ipcRenderer.invoked).toEqual([
      { channel: channelFor('app.info'), args: [{}] },
      { channel: channelFor('service.list'), args: [{}] },
    ]);
  });

  it('exposes window.desk and nothing else: invoke and on, frozen', () => {
    expect(Object.keys(electron.contextBridge.mainWorld)).toEqual(['desk']);
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(desk)).toBe(true);
  });

  it('invokes a contract command on its channel, with the input as given', async () => {
    electron.ipcMain.handle(channelFor('accounts.rename'), (_event, input) => ({
      ok: true,
      value: input,
    }));
    const input = { accountId: 'a-1', name: 'Contoso admin' };
    await expect(desk.invoke('accounts.rename', input as never)).resolves.toEqual({
      ok: true,
      value: input,
    });
    expect(sentByTest()).toEqual([{ channel: channelFor('accounts.rename'), args: [input] }]);
  });

  it('refuses a command outside the contract without sending anything', async () => {
    const result = await desk.invoke('shell.openExternal' as never, {} as never);
    expect(result).toMatchObject({ ok: false, code: 'unknown_command' });
    expect(sentByTest()).toEqual([]);
  });

  it("drops Electron's event object: a listener gets the payload and only the payload", () => {
    const listener = vi.fn();
    const stop = desk.on('accounts.changed', listener);
    electron.ipcRenderer.deliver(channelFor('accounts.changed'), [{ id: 'a-1' }]);
    expect(listener.mock.calls).toEqual([[[{ id: 'a-1' }]]]);
    stop();
    electron.ipcRenderer.deliver(channelFor('accounts.changed'), []);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount(channelFor('accounts.changed'))).toBe(0);
  });

  it('refuses to listen to an event outside the contract', () => {
    expect(() => desk.on('electron-store-get-data' as never, () => undefined)).toThrow(
      'Unknown event',
    );
    // Only the first screen's reads listen, to know when their answers are stale.
    expect(electron.ipcRenderer.eventNames().sort()).toEqual(
      [channelFor('app.noticesChanged'), channelFor('service.changed')].sort(),
    );
  });
});

describe('the preload against the booted shell', () => {
  let shell: BootedShell;

  beforeEach(async () => {
    shell = await bootShell();
    await import('./index');
  });

  afterEach(() => shell.quit());

  it('reaches the core and back, commands and events', async () => {
    const { contextBridge, ipcRenderer, BrowserWindow } = shell.electron;
    const desk = contextBridge.mainWorld.desk as DeskApi;
    ipcRenderer.listenTo(BrowserWindow.created[0]!.webContents);
    const changed = vi.fn();
    desk.on('service.changed', changed);
    const info = (await desk.invoke('app.info', {})) as Result<{ host: string }>;
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    await expect(desk.invoke('accounts.list', {})).resolves.toEqual({ ok: true, value: [] });
    await expect(desk.invoke('service.disconnect', { serviceId: 'graph' })).resolves.toMatchObject({
      ok: true,
    });
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ serviceId: 'graph' }));
    expect(
      BrowserWindow.created[0]!.webContents.sent.every((m) => m.channel.startsWith('desk:')),
    ).toBe(true);
  });
});
