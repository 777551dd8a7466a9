import { X509Certificate, createHash, randomUUID } from 'node:crypto';
import { decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import type { AppRegistration } from '../../directory/app-registrations.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import type { BearerCaller } from '../bearer-guard.js';
import { sendGraphJson } from '../graph-responses.js';
import { tenantAppById, writeApplications } from './applications-routes.js';
import {
  GraphError,
  addGraphRoute,
  badRequest,
  graphContext,
  readGraphBody,
  sendNoContent,
} from './graph-route.js';
import { parseKeyCredentials } from './key-credentials.js';

/** The proof's audience: Azure AD Graph's application id, as Graph's addKey documentation says. */
const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';
const MAX_PROOF_SECONDS = 10 * 60;

const rollKeys = { ...writeApplications, appsDecideInHandler: true as const };

/** An app may roll its own keys without any permission; others need Application.ReadWrite.All. */
function allowCaller(caller: BearerCaller, app: AppRegistration): void {
  if (caller.claims.idtyp !== 'app') return; // delegated: the route's scopes and admin check
  const roles = (caller.claims.roles ?? []).map((r) => r.toLowerCase());
  if (String(caller.claims.appid ?? '').toLowerCase() === app.appId.toLowerCase()) return;
  if (roles.includes('application.readwrite.all')) return;
  throw new GraphError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}

/**
 * The proof of possession: a JWT signed with one of the app's current certificates (`x5t`
 * names it), `aud` Azure AD Graph, `iss` the application's object id, valid at most 10 minutes.
 */
async function checkProof(app: AppRegistration, proof: unknown): Promise<void> {
  const invalid = () => badRequest('Proof of possession is invalid.');
  if (typeof proof !== 'string' || !proof) throw invalid();
  let x5t: unknown;
  try {
    x5t = decodeProtectedHeader(proof).x5t;
  } catch {
    throw invalid();
  }
  const now = Date.now();
  const signer = (app.keyCredentials ?? []).find(
    (k) =>
      Date.parse(k.startDateTime) <= now &&
      now < Date.parse(k.endDateTime) &&
      createHash('sha1').update(Buffer.from(k.key, 'base64')).digest('base64url') === x5t,
  );
  if (!signer) throw invalid();
  const pem = new X509Certificate(Buffer.from(signer.key, 'base64')).toString();
  try {
    const { payload } = await jwtVerify(proof, await importX509(pem, 'RS256'), {
      audience: PROOF_AUDIENCE,
      issuer: app.id,
      clockTolerance: 300,
    });
    if (typeof payload.nbf !== 'number' || typeof payload.exp !== 'number') throw invalid();
    if (payload.exp - payload.nbf > MAX_PROOF_SECONDS) throw invalid();
  } catch (error) {
    if (error instanceof GraphError) throw error;
    throw invalid();
  }
}

/**
 * Registers `POST /applications/{id}/addKey` and `/removeKey`: how an app rolls its own
 * certificates, proving it holds a current one. An app without a valid certificate cannot
 * use them (it must be updated with PATCH), as in Entra.
 */
export function addKeyRolloverRoutes(router: Router, ctx: EmulatorContext): void {
  addGraphRoute(router, ctx, 'POST', '/applications/:id/addKey', rollKeys, async (http, caller) => {
    const app = tenantAppById(ctx, http.params.id ?? '');
    allowCaller(caller, app);
    const body = await readGraphBody(http);
    await checkProof(app, body.proof);
    const [added] = parseKeyCredentials(
      [{ ...(body.keyCredential as object), keyId: randomUUID() }],
      [],
    );
    app.keyCredentials = [...(app.keyCredentials ?? []), added!];
    ctx.saveDirectory();
    const { key: _key, ...shown } = added!;
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'microsoft.graph.keyCredential'),
      ...shown,
      key: null,
    });
  });
  addGraphRoute(
    router,
    ctx,
    'POST',
    '/applications/:id/removeKey',
    rollKeys,
    async (http, caller) => {
      const app = tenantAppById(ctx, http.params.id ?? '');
      allowCaller(caller, app);
      const body = await readGraphBody(http);
      await checkProof(app, body.proof);
      const keyId = String(body.keyId ?? '').toLowerCase();
      const kept = (app.keyCredentials ?? []).filter((k) => k.keyId.toLowerCase() !== keyId);
      if (kept.length === (app.keyCredentials ?? []).length)
        throw badRequest(`No key credential with the id '${keyId}' is on the application.`);
      app.keyCredentials = kept;
      ctx.saveDirectory();
      sendNoContent(http);
    },
  );
}
