import { describe, expect, it } from 'vitest';
import type { ServiceStatus, EventName } from '../../../preload/contract';
import { contractEventSink, parseEvent } from './event-gate';

const connected: ServiceStatus = {
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connected',
  scopes: ['User.Read'],
};

function gated() {
  const sent: { event: EventName; payload: unknown }[] = [];
  const refused: { event: string; reason: string }[] = [];
  const sink = contractEventSink(
    (event, payload) => sent.push({ event, payload }),
    (event, reason) => refused.push({ event, reason }),
  );
  return { sink, sent, refused };
}

describe('events leave main only as the contract parses them', () => {
  it('strips a field the contract does not name, at any depth', () => {
    const { sink, sent } = gated();
    const leaky = {
      ...connected,
      accessToken: 'eyJ.top.secret',
      account: { username: 'a@b.c', displayName: 'A', tenantId: 't', refreshToken: 'rt-secret' },
    };
    sink.emit('service.changed', leaky as ServiceStatus);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.payload)).not.toMatch(/secret/);
    expect(sent[0]!.payload).toMatchObject({ serviceId: 'graph', state: 'connected' });
  });

  it('does not send a payload that does not fit, and logs why without the payload', () => {
    const { sink, sent, refused } = gated();
    sink.emit('service.changed', {
      ...connected,
      state: 'eyJ.not-a-state',
    } as unknown as ServiceStatus);
    expect(sent).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.event).toBe('service.changed');
    expect(refused[0]!.reason).toContain('state');
    expect(refused[0]!.reason).not.toContain('eyJ.not-a-state');
  });

  it('sends each array item of accounts.changed parsed too', () => {
    const { sink, sent } = gated();
    sink.emit('accounts.changed', [
      {
        id: 'c1',
        kind: 'delegated',
        name: 'Adele',
        cloud: 'sandbox',
        clientId: 'x',
        tenantId: 't',
        username: 'a@b.c',
        displayName: 'Adele',
        services: ['graph'],
        secret: 'client-secret-value',
      } as never,
    ]);
    expect(JSON.stringify(sent)).not.toContain('client-secret-value');
    expect(sent[0]!.payload).toEqual([expect.objectContaining({ id: 'c1' })]);
  });

  it('never throws, whatever the payload is', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(parseEvent('service.changed', hostile)).toMatchObject({ ok: false });
    expect(parseEvent('no.such.event' as EventName, connected)).toMatchObject({ ok: false });
    const { sink, sent, refused } = gated();
    expect(() => sink.emit('service.changed', hostile as never)).not.toThrow();
    expect(sent).toEqual([]);
    expect(refused).toHaveLength(1);
  });
});
