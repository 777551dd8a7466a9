import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { addControlRoute } from './control-route.js';

/** How the tenant tells a client the signed-in person's directory roles (issue 18). */
export interface DirectoryRoleControl {
  /**
   * Whether access tokens issued from now on carry the person's directory roles in `wids`
   * (default true). Entra emits `wids` only where the app's manifest asks for it
   * (`groupMembershipClaims` DirectoryRole or All, "Access token claims reference"); false
   * models a tenant where it does not, so clients read the roles from Graph `/me/memberOf`.
   * Until restart. Same as `POST /_emulator/role-claims {"inTokens": false}`.
   */
  setRoleClaimsInTokens(included: boolean): void;
  /**
   * Graph `/me/memberOf` refuses every request with `status` (401 `InvalidAuthenticationToken`
   * or 403 `Authorization_RequestDenied`, as Graph words them) until called with null.
   * Same as `POST /_emulator/member-of-refusal {"status": 403}` (`null` to stop).
   */
  refuseMemberOf(status: 401 | 403 | null): void;
}

/** Builds the directory role controls over the live emulator state. */
export function createDirectoryRoleControls(ctx: EmulatorContext): DirectoryRoleControl {
  return {
    setRoleClaimsInTokens(included) {
      if (typeof included !== 'boolean') throw new Error('inTokens must be true or false');
      ctx.settings.roleClaimsInTokens = included;
    },
    refuseMemberOf(status) {
      if (status !== null && status !== 401 && status !== 403)
        throw new Error(`status must be 401, 403 or null, got ${String(status)}`);
      ctx.settings.memberOfRefusal = status;
    },
  };
}

/** HTTP twins of the directory role controls; bad input answers 400 with the reason. */
export function addDirectoryRoleControlRoutes(router: Router, ctx: EmulatorContext): void {
  const controls = createDirectoryRoleControls(ctx);
  addControlRoute(router, '/_emulator/role-claims', (body) =>
    controls.setRoleClaimsInTokens(body.inTokens as boolean),
  );
  addControlRoute(router, '/_emulator/member-of-refusal', (body) =>
    controls.refuseMemberOf((body.status ?? null) as 401 | 403 | null),
  );
}
