import type { AppRegistration } from '../directory/app-registrations.js';
import { revokeTenantConsent, seedTenantConsent } from '../directory/tenant-consent.js';
import { findUserByUpn } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { approveDeviceCode } from '../identity/device-approval.js';
import type { EmulatorControl, RequestLogEntry } from '../public-api.js';
import { createDirectoryRoleControls } from './directory-role-controls.js';
import { createFailureControls } from './failure-controls.js';
import { createTenantControls } from './tenant-controls.js';
import { setVivaEngageProvisioned } from './viva-engage-switch.js';

/** Builds the control API over the live emulator state; returned arrays are copies. */
export function createEmulatorControl(
  ctx: EmulatorContext,
  requestLog: RequestLogEntry[],
): EmulatorControl {
  return {
    issuedTokens: () => [...ctx.issuedTokens],
    requests: () => requestLog.map((entry) => ({ ...entry })),
    setAccessTokenLifetime(seconds) {
      ctx.settings.accessTokenLifetimeSeconds = positiveInteger(seconds, 'access token lifetime');
    },
    setDeviceCodeInterval(seconds) {
      ctx.settings.deviceCodeIntervalSeconds = positiveInteger(seconds, 'device code interval');
    },
    approveDeviceCode(userCode, upn) {
      const user = findUserByUpn(ctx.directory.users, upn);
      return user ? approveDeviceCode(ctx, userCode, user).ok : false;
    },
    revokeRefreshTokens(upn) {
      const user = findUserByUpn(ctx.directory.users, upn);
      if (!user) throw new Error(`No sandbox user '${upn}'`);
      ctx.refreshTokens.revokeForUser(user.id);
    },
    setLatency(ms) {
      ctx.settings.latencyMs = Math.max(0, ms);
    },
    setVivaEngageProvisioned(provisioned) {
      setVivaEngageProvisioned(ctx, provisioned);
    },
    revokeTenantConsent(audience, scope) {
      revokeTenantConsent(ctx.consent, sandboxApp(ctx), audience, scope);
    },
    resetConsent() {
      const app = sandboxApp(ctx);
      ctx.consent.clearClient(app.appId);
      seedTenantConsent(ctx.consent, app);
    },
    ...createFailureControls(ctx),
    ...createTenantControls(ctx),
    ...createDirectoryRoleControls(ctx),
  };
}

/** The sandbox public client whose consent the control API manages. */
export function sandboxApp(ctx: EmulatorContext): AppRegistration {
  const app = ctx.directory.apps[0];
  if (!app) throw new Error('Sandbox directory has no app');
  return app;
}

function positiveInteger(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${what} must be a positive integer, got ${value}`);
  return value;
}
