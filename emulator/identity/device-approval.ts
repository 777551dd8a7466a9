import { findApp } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { DeviceCodes } from './device-codes.js';
import type { DeviceCodeEntry } from './device-codes.js';
import { describePermissions, grantUserConsent } from './user-consent.js';

/** Why a device code cannot be acted on. */
export type DeviceCodeProblem = 'unknown_code' | 'expired_code' | 'already_used';

/** Result of approving a device code. */
export type ApprovalResult =
  | { ok: true }
  | { ok: false; problem: DeviceCodeProblem }
  | { ok: false; problem: 'admin_consent_required'; scopes: string[] };

/** Looks up a code a person typed and checks it is still waiting for them. */
export function findPendingDeviceCode(
  ctx: EmulatorContext,
  userCode: string,
): { entry: DeviceCodeEntry; app: AppRegistration } | { problem: DeviceCodeProblem } {
  const entry = ctx.deviceCodes.byUser(userCode);
  const app = entry && findApp(ctx.directory.apps, entry.clientId);
  if (!entry || !app) return { problem: 'unknown_code' };
  if (DeviceCodes.isExpired(entry)) return { problem: 'expired_code' };
  if (entry.status !== 'pending') return { problem: 'already_used' };
  return { entry, app };
}

/**
 * Approves a pending device code as `user` and records the user's consent for the requested
 * scopes. Shared by the browser flow, the test route and the control API so all three
 * behave the same.
 */
export function approveDeviceCode(
  ctx: EmulatorContext,
  userCode: string,
  user: User,
): ApprovalResult {
  const found = findPendingDeviceCode(ctx, userCode);
  if ('problem' in found) return { ok: false, problem: found.problem };
  const { entry, app } = found;
  const consent = grantUserConsent(ctx, app, user, entry.scope);
  if (!consent.ok)
    return { ok: false, problem: 'admin_consent_required', scopes: consent.needsAdmin };
  entry.userId = user.id;
  entry.status = 'approved';
  return { ok: true };
}

/** Marks a pending code as declined (the user pressed Cancel on the consent page). */
export function declineDeviceCode(ctx: EmulatorContext, userCode: string): boolean {
  const found = findPendingDeviceCode(ctx, userCode);
  if ('problem' in found) return false;
  found.entry.status = 'declined';
  return true;
}

/** Plain-words list of what the app asks for, for the consent page. */
export function describeRequestedPermissions(
  ctx: EmulatorContext,
  entry: DeviceCodeEntry,
  app: AppRegistration,
): string[] {
  return describePermissions(ctx, app, entry.scope);
}
