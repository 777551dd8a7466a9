import { describe, expect, it } from 'vitest';
import { CommandRouter } from './command-router';
import { ProblemError } from '../errors/to-problem';
import type { ConnectionStatus } from '../../../preload/contract';

const connected: ConnectionStatus = {
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
    router.handle('connection.refresh', async () => connected);
    const result = await router.dispatch('connection.refresh', { serviceId: 'not-a-service' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('invalid_input');
    expect(!result.ok && result.message).toContain('serviceId');
  });

  it('rejects extra fields (strict payloads)', async () => {
    const router = new CommandRouter();
    router.handle('connection.refresh', async () => connected);
    const result = await router.dispatch('connection.refresh', { serviceId: 'graph', extra: 1 });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('strips fields the contract does not name from outputs, so a token cannot leak', async () => {
    const router = new CommandRouter();
    router.handle(
      'connection.refresh',
      async () => ({ ...connected, accessToken: 'eyJsecret' }) as ConnectionStatus,
    );
    const result = await router.dispatch('connection.refresh', { serviceId: 'graph' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('eyJsecret');
  });

  it('turns thrown problems into result values with their wording', async () => {
    const router = new CommandRouter();
    router.handle('connection.refresh', async () => {
      throw new ProblemError({ code: 'cancelled', message: 'Sign-in was cancelled.' });
    });
    expect(await router.dispatch('connection.refresh', { serviceId: 'graph' })).toEqual({
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
    expect(router.unhandled()).toContain('services.list');
    expect(router.unhandled()).not.toContain('app.info');
  });
});
