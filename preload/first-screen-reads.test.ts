/** The bridge asks the first screen's reads itself, and hands each answer out once, if current. */
import { describe, expect, it } from 'vitest';
import { createDeskApi, type BridgeTransport } from './bridge';
import type { CommandName, EventName } from './contract/names';

function fakeTransport() {
  const asked: { command: CommandName; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const answers = new Map<CommandName, () => Promise<unknown>>();
  const transport: BridgeTransport = {
    invoke(command, input) {
      asked.push({ command, input });
      const answer = answers.get(command);
      return answer
        ? answer()
        : Promise.resolve({ ok: true, value: `${command} #${asked.length}` });
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: EventName) => listeners.get(event)?.forEach((l) => l({}));
  const listening = (event: EventName) => listeners.get(event)?.size ?? 0;
  return { transport, asked, answers, emit, listening };
}

describe("the bridge's first-screen reads", () => {
  it('are asked the moment the bridge is built, before the page asks anything', () => {
    const fake = fakeTransport();
    createDeskApi(fake.transport);
    expect(fake.asked).toEqual([
      { command: 'app.info', input: {} },
      { command: 'service.list', input: {} },
    ]);
  });

  it("answer the page's first ask without a second round trip, and only the first", async () => {
    const fake = fakeTransport();
    const desk = createDeskApi(fake.transport);
    await expect(desk.invoke('service.list', {})).resolves.toEqual({
      ok: true,
      value: 'service.list #2',
    });
    expect(fake.asked).toHaveLength(2);
    await expect(desk.invoke('service.list', {})).resolves.toEqual({
      ok: true,
      value: 'service.list #3',
    });
    expect(fake.listening('service.changed')).toBe(0);
  });

  it('are not handed to an ask with input, which goes to the core', async () => {
    const fake = fakeTransport();
    const desk = createDeskApi(fake.transport);
    await desk.invoke('app.info', { detail: true } as never);
    expect(fake.asked.at(-1)).toEqual({ command: 'app.info', input: { detail: true } });
  });

  it('are dropped when a service changed before the page asked: the page gets a fresh list', async () => {
    const fake = fakeTransport();
    const desk = createDeskApi(fake.transport);
    fake.emit('service.changed');
    await expect(desk.invoke('service.list', {})).resolves.toMatchObject({
      value: 'service.list #3',
    });
    await expect(desk.invoke('app.info', {})).resolves.toMatchObject({ value: 'app.info #1' });
    expect(fake.listening('service.changed')).toBe(0);
  });

  it("are dropped when the app's notices changed before the page asked: a fresh app.info", async () => {
    const fake = fakeTransport();
    const desk = createDeskApi(fake.transport);
    fake.emit('app.noticesChanged');
    await expect(desk.invoke('app.info', {})).resolves.toMatchObject({ value: 'app.info #3' });
    await expect(desk.invoke('service.list', {})).resolves.toMatchObject({
      value: 'service.list #2',
    });
  });

  it('fail for whoever takes them, and are no unhandled rejection when nobody does', async () => {
    const fake = fakeTransport();
    fake.answers.set('app.info', () => Promise.reject(new Error('no core yet')));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      createDeskApi(fake.transport);
      const desk = createDeskApi(fake.transport);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      await expect(desk.invoke('app.info', {})).rejects.toThrow('no core yet');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
