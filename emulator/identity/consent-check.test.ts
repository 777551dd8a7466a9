import { describe, expect, it } from 'vitest';
import { checkConsent, planConsent } from './consent-check.js';
import { parseScopeRequest } from './scope-request.js';

const required = ['User.Read', 'Organization.Read.All'];
const dotDefault = parseScopeRequest('https://graph.microsoft.com/.default openid');
const admin = { isAdmin: true, usersMayConsent: true };
const user = { isAdmin: false, usersMayConsent: true };

describe('checkConsent', () => {
  it('.default yields the consented part of what the app requires', () => {
    expect(checkConsent(dotDefault, required, ['user.read'])).toEqual({
      ok: true,
      scp: ['User.Read'],
    });
    expect(
      checkConsent(dotDefault, required, ['User.Read', 'Organization.Read.All', 'Mail.Read']),
    ).toEqual({
      ok: true,
      scp: ['User.Read', 'Organization.Read.All'],
    });
  });

  it('.default with nothing consented is consent_required', () => {
    expect(checkConsent(dotDefault, required, [])).toEqual({ ok: false, missing: required });
  });

  it('explicit scopes must all be consented', () => {
    const request = parseScopeRequest('User.Read Organization.Read.All');
    expect(checkConsent(request, required, ['User.Read'])).toEqual({
      ok: false,
      missing: ['Organization.Read.All'],
    });
    expect(checkConsent(request, required, ['User.Read', 'Organization.Read.All'])).toMatchObject({
      ok: true,
    });
  });
});

describe('planConsent', () => {
  it('lets an admin grant everything .default asks for', () => {
    expect(planConsent(dotDefault, required, admin)).toEqual({
      grantable: required,
      needsAdmin: [],
    });
  });

  it('needs an admin when .default includes an admin-only scope a plain user cannot grant', () => {
    // Entra asks for all of .default at once: "Need admin approval", nothing granted in part.
    expect(planConsent(dotDefault, required, user)).toEqual({
      grantable: ['User.Read'],
      needsAdmin: ['Organization.Read.All'],
    });
  });

  it('reports explicitly requested admin-only scopes for a plain user', () => {
    const request = parseScopeRequest('Organization.Read.All');
    expect(planConsent(request, required, user)).toEqual({
      grantable: [],
      needsAdmin: ['Organization.Read.All'],
    });
  });

  it('asks nothing, not even an admin, for scopes granted before (e.g. tenant-wide)', () => {
    const request = parseScopeRequest('Organization.Read.All User.Read');
    expect(planConsent(request, required, user, ['organization.read.all'])).toEqual({
      grantable: ['User.Read'],
      needsAdmin: [],
    });
  });

  it('needs an admin for everything when the tenant lets users consent to nothing', () => {
    const locked = { isAdmin: false, usersMayConsent: false };
    expect(planConsent(dotDefault, required, locked)).toEqual({
      grantable: [],
      needsAdmin: required,
    });
    expect(planConsent(parseScopeRequest('User.Read'), required, locked)).toEqual({
      grantable: [],
      needsAdmin: ['User.Read'],
    });
    expect(planConsent(dotDefault, required, { ...locked, isAdmin: true }).grantable).toEqual(
      required,
    );
  });

  it('.default with part of it granted needs no admin for the rest', () => {
    const locked = { isAdmin: false, usersMayConsent: false };
    expect(planConsent(dotDefault, required, locked, ['User.Read'])).toEqual({
      grantable: [],
      needsAdmin: [],
    });
  });
});
