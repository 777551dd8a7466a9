import { findApp } from '../directory/app-registrations.js';
import { findConfidentialApp } from '../directory/confidential-app.js';
import { findUserByUpn } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { EmulatorControl } from '../public-api.js';

/** The failure-injection controls (issue 4); the general ones are in emulator-control.ts. */
export type FailureControls = Pick<
  EmulatorControl,
  | 'expireRefreshTokens'
  | 'blockDeviceCode'
  | 'setPublicClientFlows'
  | 'failNext'
  | 'expireClientSecret'
  | 'endDeviceCode'
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
      if (!Number.isInteger(count) || count < 1)
        throw new Error(`count must be >= 1, got ${count}`);
      if (status !== 429 && (status < 500 || status > 599))
        throw new Error(`status must be 429 or 5xx, got ${status}`);
      for (let i = 0; i < count; i++) {
        ctx.settings.tokenFailures.push({
          status,
          ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        });
      }
    },
    endDeviceCode(userCode, how) {
      return ctx.deviceCodes.end(userCode, how);
    },
    expireClientSecret() {
      for (const secret of findConfidentialApp(ctx.directory.apps)?.passwordCredentials ?? [])
        ctx.settings.expiredSecrets.add(secret.keyId);
    },
  };
}
