import { X509Certificate, createHash, timingSafeEqual } from 'node:crypto';
import { decodeProtectedHeader, errors, importX509, jwtVerify } from 'jose';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';

/** How a confidential client proved itself; SharePoint only trusts certificates. */
export type ClientAuthMethod = 'secret' | 'certificate';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * Authenticates a confidential client by `client_secret` or by a `client_assertion` signed
 * with its registered certificate (`private_key_jwt`). `audiences` are the token endpoint
 * URLs the assertion's `aud` may name.
 */
export async function authenticateClient(
  ctx: EmulatorContext,
  app: AppRegistration,
  form: URLSearchParams,
  audiences: readonly string[],
): Promise<ClientAuthMethod> {
  const secret = form.get('client_secret');
  if (secret) {
    const registered = app.passwordCredentials.find((c) => sameText(secret, c.value));
    if (!registered) throw new AadstsError(7000215, { clientId: app.appId });
    const expired = ctx.settings.expiredSecrets.has(registered.keyId);
    if (expired || Date.parse(registered.endDateTime) <= Date.now())
      throw new AadstsError(7000222, { clientId: app.appId });
    return 'secret';
  }
  const assertion = form.get('client_assertion');
  if (!assertion) throw new AadstsError(7000218);
  if (form.get('client_assertion_type') !== JWT_BEARER)
    throw new AadstsError(900144, { parameter: 'client_assertion_type' });
  await verifyAssertion(ctx, app, assertion, audiences);
  return 'certificate';
}

async function verifyAssertion(
  ctx: EmulatorContext,
  app: AppRegistration,
  assertion: string,
  audiences: readonly string[],
): Promise<void> {
  let header;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    throw new AadstsError(50027, { reason: 'The client assertion is not a JWS.' });
  }
  const sha256 = header['x5t#S256'];
  const presented = typeof sha256 === 'string' ? sha256 : header.x5t;
  const cert = registeredCertificates(ctx, app).find((c) =>
    typeof sha256 === 'string'
      ? sha256 === c.sha256.toString('base64url')
      : header.x5t === c.sha1.toString('base64url'),
  );
  if (!cert) {
    throw new AadstsError(700027, {
      reason: `[Reason - The key was not found., Thumbprint of key used by client: '${presented ?? ''}'. Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${app.appId}'.]`,
    });
  }
  const alg = header.alg === 'PS256' ? 'PS256' : 'RS256';
  let payload;
  try {
    const key = await importX509(cert.certPem, alg);
    // Entra allows five minutes of clock skew; msal-node rounds `nbf` to the nearest second.
    ({ payload } = await jwtVerify(assertion, key, {
      algorithms: ['RS256', 'PS256'],
      clockTolerance: 300,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired || error instanceof errors.JWTClaimValidationFailed)
      throw new AadstsError(700024);
    throw new AadstsError(700027, { reason: 'The signature does not match the certificate.' });
  }
  if (payload.iss !== app.appId || payload.sub !== app.appId) throw new AadstsError(700021);
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  // URLs compare without regard to case here (host names and tenant domains are case-blind).
  const accepted = new Set(audiences.map((a) => a.toLowerCase()));
  if (!aud.some((a) => typeof a === 'string' && accepted.has(a.toLowerCase())))
    throw new AadstsError(700023, { expected: audiences[0] ?? '' });
  if (typeof payload.exp !== 'number')
    throw new AadstsError(50027, { reason: "The client assertion has no 'exp' claim." });
  if (typeof payload.jti !== 'string' || !payload.jti)
    throw new AadstsError(50027, { reason: "The client assertion has no 'jti' claim." });
}

/** A certificate the app may sign assertions with. */
interface RegisteredCertificate {
  certPem: string;
  sha1: Buffer;
  sha256: Buffer;
}

/**
 * The app's certificates: the sandbox daemon's built-in one, plus any `keyCredentials` added
 * through Graph that are within their validity dates.
 */
function registeredCertificates(
  ctx: EmulatorContext,
  app: AppRegistration,
): RegisteredCertificate[] {
  const builtIn = ctx.clientCertificate;
  const now = Date.now();
  return [
    ...(builtIn.appId.toLowerCase() === app.appId.toLowerCase() ? [builtIn] : []),
    ...(app.keyCredentials ?? [])
      .filter((k) => Date.parse(k.startDateTime) <= now && now < Date.parse(k.endDateTime))
      .map((k) => {
        const der = Buffer.from(k.key, 'base64');
        return {
          certPem: new X509Certificate(der).toString(),
          sha1: createHash('sha1').update(der).digest(),
          sha256: createHash('sha256').update(der).digest(),
        };
      }),
  ];
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
