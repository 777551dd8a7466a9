import { findApp } from '../directory/app-registrations.js';
import { findConfidentialApp } from '../directory/confidential-app.js';
import { findUserByUpn } from '../directory/users.js';
import { aadstsCodes } from '../identity/aadsts-codes.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { EmulatorControl } from '../public-api.js';

/** The failure-injection controls (issue 4); the general ones are in emulator-control.ts. */
export type FailureControls = Pick<
  EmulatorControl,
  | 'expireRefreshTokens'
  | 'blockDeviceCode'
  | 'setPublicClientFlows'
  | 'failNext'
  | 'faultNext'
  | 'releaseHeld'
  | 'setResourceClockSkew'
  | 'expireClientSecret'
  | 'endDeviceCode'
  | 'failSignIn'
  | 'failAuthorize'
>;

/** Builds the failure-injection controls over the live emulator state. */
export function createFailureControls(ctx: EmulatorContext): FailureControls {
  return {
    expireRefreshTokens(upn) {
      const user = findUserByUpn(ctx.directory.users, upn);
      if (!user) throw new Error(`No sandbox user '${upn}'`);
      ctx.refreshTokens.expireForUser(user.id);
    },
    blockDeviceCode(blocked) {
      ctx.settings.deviceCodeBlocked = blocked;
    },
    setPublicClientFlows(clientId, enabled) {
      const app = findApp(ctx.directory.apps, clientId);
      if (!app) throw new Error(`No app registration '${clientId}'`);
      app.isFallbackPublicClient = enabled;
      ctx.saveDirectory();
    },
    failNext(count, status, retryAfterSeconds) {
      const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
      ctx.faults.add('token', { kind: 'status', status, ...retry }, count);
    },
    faultNext(route, fault, count) {
      ctx.faults.add(route, fault, count);
    },
    releaseHeld: () => ctx.faults.releaseHeld(),
    setResourceClockSkew(seconds) {
      if (!Number.isFinite(seconds)) throw new Error(`skew must be a number, got ${seconds}`);
      ctx.settings.resourceClockSkewSeconds = seconds;
    },
    endDeviceCode(userCode, how) {
      return ctx.deviceCodes.end(userCode, how);
    },
    failSignIn(code, count = 1) {
      checkFailure(code, count);
      for (let i = 0; i < count; i++) ctx.settings.signInFailures.push(code);
    },
    failAuthorize(code, count = 1, how = 'redirect') {
      checkFailure(code, count);
      if (how !== 'redirect' && how !== 'page') throw new Error(`how must be redirect or page`);
      for (let i = 0; i < count; i++) ctx.settings.authorizeFailures.push({ code, how });
    },
    expireClientSecret() {
      for (const secret of findConfidentialApp(ctx.directory.apps)?.passwordCredentials ?? [])
        ctx.settings.expiredSecrets.add(secret.keyId);
    },
  };
}

function checkFailure(code: number, count: number): void {
  if (!Object.hasOwn(aadstsCodes, code)) throw new Error(`Unknown AADSTS code '${code}'`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be >= 1, got ${count}`);
}
