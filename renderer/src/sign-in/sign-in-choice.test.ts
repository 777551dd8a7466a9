import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../../preload/contract';
import { credentialOf, emptyAppOnlyDraft } from './app-only-draft';
import { createHandoff } from './handoff';
import { appChoiceToSend, appFieldOf } from './sign-in-choice';
import {
  describeFieldValue,
  describeProxyPassword,
  describeProxySource,
  describeSource,
} from '../lib/value-source';

const defaults = { clientId: '11111111-2222-3333-4444-555555555555', tenant: 'organizations' };

describe('the app a sign-in sends', () => {
  it('is left out while the client id and tenant are the defaults', () => {
    expect(appChoiceToSend({ ...defaults }, defaults)).toBeUndefined();
    expect(
      appChoiceToSend({ clientId: ` ${defaults.clientId} `, tenant: 'organizations' }, defaults),
    ).toBeUndefined();
  });

  it('is sent whole as soon as either value differs', () => {
    expect(appChoiceToSend({ ...defaults, tenant: 'contoso.com' }, defaults)).toEqual({
      clientId: defaults.clientId,
      tenant: 'contoso.com',
    });
  });

  it('is sent when there is no default client id and the person typed one', () => {
    const none = { clientId: undefined, tenant: 'organizations' };
    expect(appChoiceToSend({ clientId: '', tenant: 'organizations' }, none)).toBeUndefined();
    expect(appChoiceToSend({ clientId: 'abc', tenant: 'organizations' }, none)).toEqual({
      clientId: 'abc',
      tenant: 'organizations',
    });
  });

  it('is left out when the defaults are unknown and nothing was typed', () => {
    expect(appChoiceToSend({ clientId: '', tenant: '' }, undefined)).toBeUndefined();
    expect(appChoiceToSend({ clientId: 'x', tenant: '' }, undefined)).toEqual({
      clientId: 'x',
      tenant: '',
    });
  });
});

describe('which field a refusal is about', () => {
  it.each<[string, Remedy | undefined, string | undefined]>([
    ['invalid_client_id', undefined, 'clientId'],
    ['client_id_required', undefined, 'clientId'],
    ['invalid_tenant', undefined, 'tenant'],
    ['tenant_required', undefined, 'tenant'],
    // The token service's "tenant not found": the core's error table says to check the tenant.
    ['sign_in_failed', 'check-tenant', 'tenant'],
    ['sign_in_failed', 'browser-instead', undefined],
    ['certificate_expired', undefined, undefined],
  ])('%s (remedy %s) → %s', (code, remedy, field) => {
    expect(appFieldOf({ code, message: 'm', ...(remedy ? { remedy } : {}) })).toBe(field);
  });
});

describe('where a value came from', () => {
  it('names the environment variable, the setting, the sandbox or nothing', () => {
    expect(describeSource({ kind: 'environment', detail: 'CLIMICROSOFT365_ENTRAAPPID' })).toBe(
      'From CLIMICROSOFT365_ENTRAAPPID',
    );
    expect(describeSource({ kind: 'setting', detail: 'M365 Desk settings' })).toBe(
      'Set in M365 Desk',
    );
    expect(describeSource({ kind: 'sandbox', detail: '' })).toBe('Sandbox tenant’s built-in app');
    expect(describeSource({ kind: 'none', detail: '' })).toBe('Not set');
  });

  it('says when the person changed the default', () => {
    const source = { kind: 'environment', detail: 'CLIMICROSOFT365_TENANT' } as const;
    expect(describeFieldValue('contoso.com', 'contoso.com', source)).toBe(
      'From CLIMICROSOFT365_TENANT',
    );
    expect(describeFieldValue('fabrikam.com', 'contoso.com', source)).toBe(
      'Changed by you (default: contoso.com)',
    );
    expect(describeFieldValue('', undefined, undefined)).toBe('Not set');
  });

  it('describes the proxy in the status bar’s words', () => {
    const proxy = { displayUrl: 'http://p:8080', hasPassword: false } as const;
    expect(describeProxySource({ source: 'environment', ...proxy })).toBe('From HTTPS_PROXY');
    expect(describeProxySource({ source: 'setting', ...proxy })).toBe('Set in M365 Desk');
    expect(describeProxySource({ source: 'none', hasPassword: false })).toBe('No proxy');
  });

  it('says where the proxy’s password is kept', () => {
    const proxy = {
      source: 'setting',
      displayUrl: 'http://a:•••@p:8080',
      hasPassword: true,
    } as const;
    expect(describeProxyPassword({ ...proxy, passwordKept: 'encrypted' })).toMatch(/encrypted/);
    expect(describeProxyPassword({ ...proxy, passwordKept: 'session' })).toMatch(/session only/);
    expect(describeProxyPassword({ ...proxy, hasPassword: false })).toBeUndefined();
  });
});

describe('an app-only credential', () => {
  it('is sent only once the chosen kind is complete', () => {
    expect(credentialOf({ ...emptyAppOnlyDraft, kind: 'secret' })).toBeUndefined();
    expect(credentialOf({ ...emptyAppOnlyDraft, kind: 'secret', secret: 's' })).toEqual({
      kind: 'secret',
      secret: 's',
    });
    expect(
      credentialOf({ ...emptyAppOnlyDraft, kind: 'certificate', certificatePem: 'c' }),
    ).toBeUndefined();
    const pfx = { name: 'app.pfx', base64: 'AAAA' };
    expect(credentialOf({ ...emptyAppOnlyDraft, kind: 'pfx', pfx })).toEqual({
      kind: 'pfx',
      pfxBase64: 'AAAA',
      password: '',
    });
  });

  it('keeps what was typed for the other kinds', () => {
    const draft = { ...emptyAppOnlyDraft, kind: 'pfx' as const, secret: 'kept' };
    expect(credentialOf({ ...draft, kind: 'secret' })).toEqual({ kind: 'secret', secret: 'kept' });
  });
});

describe('the hand-off to the connect dialog', () => {
  it('answers once; a later report goes elsewhere', async () => {
    const handoff = createHandoff();
    expect(handoff.settle({ handedOff: true })).toBe(true);
    expect(handoff.settle({ handedOff: false, problem: { code: 'x', message: 'm' } })).toBe(false);
    await expect(handoff.promise).resolves.toEqual({ handedOff: true });
  });
});
