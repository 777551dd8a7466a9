import { describe, expect, it } from 'vitest';
import { CommandRouter } from './command-router';
import { ProblemError } from '../errors/to-problem';
import { Problem, type ServiceStatus } from '../../../preload/contract';
import {
  hostilePayloads,
  hostilePrototype,
  hugeString,
  manyKeys,
  nullPrototype,
  revokedProxy,
  throwingGetter,
  throwingPrimitive,
  throwingProxy,
} from '../testing/fuzz/hostile-values';

const connected: ServiceStatus = {
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connected',
  scopes: ['User.Read'],
};

describe('CommandRouter', () => {
  it('refuses commands that are not in the contract', async () => {
    const result = await new CommandRouter().dispatch('shell.exec', { cmd: 'rm -rf /' });
    expect(result).toMatchObject({ ok: false, code: 'unknown_command' });
  });

  it('rejects a payload that does not match the schema, naming the field', async () => {
    const router = new CommandRouter();
    router.handle('service.refresh', async () => connected);
    const result = await router.dispatch('service.refresh', { serviceId: 'not-a-service' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('invalid_input');
    expect(!result.ok && result.message).toContain('serviceId');
  });

  it('rejects extra fields (strict payloads)', async () => {
    const router = new CommandRouter();
    router.handle('service.refresh', async () => connected);
    const result = await router.dispatch('service.refresh', { serviceId: 'graph', extra: 1 });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('strips fields the contract does not name from outputs, so a token cannot leak', async () => {
    const router = new CommandRouter();
    router.handle(
      'service.refresh',
      async () => ({ ...connected, accessToken: 'eyJsecret' }) as ServiceStatus,
    );
    const result = await router.dispatch('service.refresh', { serviceId: 'graph' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('eyJsecret');
  });

  it('turns thrown problems into result values with their wording', async () => {
    const router = new CommandRouter();
    router.handle('service.refresh', async () => {
      throw new ProblemError({ code: 'cancelled', message: 'Sign-in was cancelled.' });
    });
    expect(await router.dispatch('service.refresh', { serviceId: 'graph' })).toEqual({
      ok: false,
      code: 'cancelled',
      message: 'Sign-in was cancelled.',
    });
  });

  it('allows one handler per command and lists commands left unwired', () => {
    const router = new CommandRouter();
    router.handle('app.info', async () => {
      throw new Error('unused');
    });
    expect(() => router.handle('app.info', async () => Promise.reject(new Error('x')))).toThrow(
      /already/,
    );
    expect(router.unhandled()).toContain('service.list');
    expect(router.unhandled()).not.toContain('app.info');
  });
});

describe('CommandRouter never throws: every answer is a Result', () => {
  const router = new CommandRouter();
  router.handle('service.refresh', async () => connected);
  router.handle('service.list', async () => []);

  /** A failure result of the contract's shape, with bounded wording. */
  const expectProblem = (result: unknown, code?: string) => {
    expect(result).toMatchObject({ ok: false, ...(code ? { code } : {}) });
    const problem = Problem.parse(result);
    expect(problem.message.length).toBeLessThanOrEqual(1000);
  };

  for (const [name, make] of Object.entries(hostilePayloads)) {
    it(`answers a ${name} payload with a Result, for a command with fields and one without`, async () => {
      for (const command of ['service.refresh', 'service.list']) {
        const result = await router.dispatch(command, make());
        // Some carry a valid serviceId beside the trick; those may connect, nothing may throw.
        if (result.ok)
          expect(result).toEqual({ ok: true, value: command === 'service.list' ? [] : connected });
        else expectProblem(result, 'invalid_input');
      }
    });
  }

  for (const [name, make] of [
    ['a throwing proxy', () => throwingProxy()],
    ['a revoked proxy', () => revokedProxy()],
    ['a throwing getter', () => throwingGetter('serviceId')],
    [
      'an object whose prototype is a throwing proxy',
      () => hostilePrototype({ serviceId: 'graph' }),
    ],
  ] as const) {
    it(`reads ${name} as unreadable input, not as a crash`, async () => {
      const result = await router.dispatch('service.refresh', make());
      expectProblem(result, 'invalid_input');
      expect(!result.ok && result.message).toContain('could not be read');
    });
  }

  it('accepts a valid payload without a prototype (the parsed copy is a plain object)', async () => {
    const result = await router.dispatch('service.refresh', nullPrototype({ serviceId: 'graph' }));
    expect(result).toEqual({ ok: true, value: connected });
  });

  for (const [name, command] of [
    ['a null-prototype object', () => nullPrototype()],
    ['an object whose toString throws', () => throwingPrimitive()],
    ['a throwing proxy', () => throwingProxy()],
    ['a revoked proxy', () => revokedProxy()],
    ['a symbol', () => Symbol('command')],
    ['a 1 MB string', () => hugeString(1 << 20)],
  ] as const) {
    it(`answers ${name} as the command name with unknown_command`, async () => {
      expectProblem(await router.dispatch(command(), {}), 'unknown_command');
    });
  }

  it('caps the invalid_input message built from zod issues (a 1 MB key, 100,000 keys)', async () => {
    for (const payload of [{ [hugeString(1 << 20, 'k')]: 1 }, manyKeys(100_000)]) {
      const result = await router.dispatch('service.refresh', payload);
      expectProblem(result, 'invalid_input');
      expect(!result.ok && result.message).toMatch(/^Invalid input for service\.refresh: /);
    }
  });

  it('answers even when a handler throws something unreadable', async () => {
    const hostile = new CommandRouter();
    hostile.handle('app.info', async () => {
      throw revokedProxy();
    });
    hostile.handle('service.list', async () => {
      throw throwingProxy();
    });
    expectProblem(await hostile.dispatch('app.info', {}), 'unexpected_error');
    expectProblem(await hostile.dispatch('service.list', {}), 'unexpected_error');
  });
});
