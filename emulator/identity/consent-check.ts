import { findDelegatedScope } from '../directory/resource-apis.js';
import type { ScopeRequest } from './scope-request.js';

/** Outcome of checking a scope request against what the user has consented to. */
export type ConsentDecision = { ok: true; scp: string[] } | { ok: false; missing: string[] };

/**
 * Decides which scopes go into the access token's `scp`.
 * - `.default`: everything the app registration requires that is consented; consent is
 *   missing only when none of it was granted.
 * - explicit scopes: all must be consented; the token then carries every consented scope
 *   for that resource, as Entra does after incremental consent.
 */
export function checkConsent(
  request: ScopeRequest,
  requiredByApp: readonly string[],
  granted: readonly string[],
): ConsentDecision {
  const grantedLower = new Set(granted.map((s) => s.toLowerCase()));
  if (request.isDefault) {
    // An app with no static permissions on the resource (dynamic consent) gets what was granted.
    if (requiredByApp.length === 0) return { ok: true, scp: [...granted] };
    const scp = requiredByApp.filter((s) => grantedLower.has(s.toLowerCase()));
    if (scp.length === 0 && requiredByApp.length > 0)
      return { ok: false, missing: [...requiredByApp] };
    return { ok: true, scp };
  }
  const missing = request.requested
    .map((r) => r.name)
    .filter((name) => !grantedLower.has(name.toLowerCase()));
  return missing.length > 0 ? { ok: false, missing } : { ok: true, scp: [...granted] };
}

/** What a consent prompt asks for, split by whether this user may grant it. */
export interface ConsentPlan {
  /** Scopes the user can grant now. */
  grantable: string[];
  /** Scopes only an administrator can grant (AADSTS90094 if explicitly requested). */
  needsAdmin: string[];
}

/** Who is consenting, and what the tenant's consent policy lets them grant. */
export interface Consenter {
  isAdmin: boolean;
  /** Tenant setting: users may consent to permissions that do not need an admin. */
  usersMayConsent: boolean;
}

/**
 * Works out which scopes approving a request would grant. `.default` expands to the app's
 * required scopes. A scope only an admin may grant is `needsAdmin` for anyone else, as Entra's
 * "Need admin approval" (the request is then refused as a whole), except under `.default` once
 * part of the app's permissions was granted: its token then carries what was granted, and
 * nobody is asked again.
 */
export function planConsent(
  request: ScopeRequest,
  requiredByApp: readonly string[],
  consenter: Consenter,
  alreadyGranted: readonly string[] = [],
): ConsentPlan {
  // Scopes granted before (by the user or tenant-wide) need no new consent, not even an admin's.
  const have = new Set(alreadyGranted.map((s) => s.toLowerCase()));
  const names = (
    request.isDefault ? [...requiredByApp] : request.requested.map((r) => r.name)
  ).filter((name) => !have.has(name.toLowerCase()));
  const holdsSome = requiredByApp.some((name) => have.has(name.toLowerCase()));
  const grantable: string[] = [];
  const needsAdmin: string[] = [];
  for (const name of names) {
    const userMay =
      consenter.usersMayConsent && findDelegatedScope(request.resource, name)?.type === 'User';
    if (consenter.isAdmin || userMay) grantable.push(name);
    else if (!(request.isDefault && holdsSome)) needsAdmin.push(name);
  }
  return { grantable, needsAdmin };
}
