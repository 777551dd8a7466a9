import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { Tenant } from '../directory/tenants.js';
import { MEMBER_ROLE_TEMPLATE_ID, roleTemplateIds } from '../directory/users.js';
import type { User } from '../directory/users.js';
import { issuerFor } from '../emulator-context.js';
import type { EmulatorContext } from '../emulator-context.js';
import { responseScope } from './scope-request.js';
import type { ScopeRequest } from './scope-request.js';

/** The success body of the token endpoint. */
export interface TokenResponseBody {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info?: string;
}

/** Who gets a token, for what, and which scopes survived the consent check. */
export interface TokenGrant {
  tenant: Tenant;
  user: User;
  app: AppRegistration;
  request: ScopeRequest;
  /** Short scope names for the access token's `scp`. */
  scp: string[];
  /** The client sent `client_info=1` (MSAL always does; it keys its cache on it). */
  wantsClientInfo: boolean;
  /** The authorize request's `nonce`; clients match it against the id token's. */
  nonce?: string;
  /** The identity origin the client reached: the issuer of every token minted. */
  authority: string;
}

/** Mints the access token, plus id and refresh tokens when `openid` / `offline_access` were asked. */
export async function issueTokens(
  ctx: EmulatorContext,
  grant: TokenGrant,
): Promise<TokenResponseBody> {
  const { tenant, user, app, request } = grant;
  const lifetime = ctx.settings.accessTokenLifetimeSeconds;
  const now = Math.floor(Date.now() / 1000);
  const common = {
    iss: issuerFor(grant.authority, tenant.id),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    tid: tenant.id,
    oid: user.id,
    sub: pairwiseSubject(user.id, app.appId),
    preferred_username: user.userPrincipalName,
    name: user.displayName,
    ver: '2.0',
  };

  const accessToken = await signToken(ctx, {
    ...common,
    aud: request.audience,
    upn: user.userPrincipalName,
    given_name: user.givenName,
    family_name: user.surname,
    scp: grant.scp.join(' '),
    appid: app.appId,
    azp: app.appId,
    appidacr: '0',
    azpacr: '0',
    amr: ['pwd'],
    idtyp: 'user',
    uti: randomBytes(16).toString('base64url'),
    ...(ctx.settings.roleClaimsInTokens
      ? { wids: [...user.roles.map((role) => roleTemplateIds[role]), MEMBER_ROLE_TEMPLATE_ID] }
      : {}),
  });
  const body: TokenResponseBody = {
    token_type: 'Bearer',
    scope: responseScope(request, grant.scp),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: accessToken,
  };
  ctx.issuedTokens.push(accessToken);

  if (request.oidc.includes('openid')) {
    body.id_token = await signToken(ctx, {
      ...common,
      aud: app.appId,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    });
    ctx.issuedTokens.push(body.id_token);
  }
  if (request.oidc.includes('offline_access')) {
    body.refresh_token = ctx.refreshTokens.issue(user.id, app.appId, tenant.id);
    ctx.issuedTokens.push(body.refresh_token);
  }
  if (grant.wantsClientInfo) {
    body.client_info = Buffer.from(JSON.stringify({ uid: user.id, utid: tenant.id })).toString(
      'base64url',
    );
  }
  return body;
}

/** Signs claims with the emulator's token key (RS256, `kid` from the JWKS). */
export function signToken(ctx: EmulatorContext, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: ctx.signingKey.kid })
    .sign(ctx.signingKey.privateKey);
}

/** Entra's `sub` is pairwise: stable per user and app, different across apps. */
function pairwiseSubject(userId: string, appId: string): string {
  return createHash('sha256')
    .update(`${userId}|${appId.toLowerCase()}`)
    .digest('base64url')
    .slice(0, 43);
}
