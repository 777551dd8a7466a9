/**
 * The e2e hooks of a test build, on the Electron stand-in: installed only when the build has
 * them and the run asks for them, and then they see every message that crossed the bridge.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelFor } from '../../preload/contract';
import { bootShell, type BootedShell } from './stand-in/boot-shell';
import { WebFrameStandIn } from './stand-in/web-frame-stand-in';

interface Hooks {
  transcript(): string;
  inspectStore(): Promise<{ files: Record<string, string> } | unknown>;
}
const hooks = () => (globalThis as { __deskTestHooks?: Hooks }).__deskTestHooks;

let shell: BootedShell | undefined;

afterEach(async () => {
  await shell?.quit();
  vi.unstubAllGlobals();
  delete (globalThis as { __deskTestHooks?: Hooks }).__deskTestHooks;
});

async function bootWith(testBuild: boolean, hooksOn: boolean): Promise<BootedShell> {
  vi.stubGlobal('__DESK_TEST_BUILD__', testBuild);
  if (hooksOn) vi.stubEnv('M365_DESK_TEST_HOOKS', '1');
  return bootShell();
}

describe('test hooks', () => {
  it('are absent from the app as shipped, even when the variable asks for them', async () => {
    shell = await bootWith(false, true);
    expect(hooks()).toBeUndefined();
  });

  it('are absent from a test build unless M365_DESK_TEST_HOOKS=1', async () => {
    shell = await bootWith(true, false);
    expect(hooks()).toBeUndefined();
  });

  it('record commands, results and events in a test build that asks for them', async () => {
    shell = await bootWith(true, true);
    const frame = new WebFrameStandIn('app://desk/index.html');
    await shell.electron.ipcMain.invokeFrom(frame, channelFor('service.disconnect'), {
      serviceId: 'graph',
    });
    const transcript = hooks()!.transcript().split('\n');
    expect(transcript[0]).toBe('command service.disconnect {"serviceId":"graph"}');
    expect(transcript.some((line) => line.startsWith('event service.changed '))).toBe(true);
    expect(transcript.some((line) => line.startsWith('result service.disconnect '))).toBe(true);
    await expect(hooks()!.inspectStore()).resolves.toBeTruthy();
  });
});
