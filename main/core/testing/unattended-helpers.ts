/**
 * TEST ONLY. Unattended access through the core's commands, and the app as Graph sees it
 * behind the core's back: for the unattended-access integration tests.
 */
import { X509Certificate, createHash } from 'node:crypto';
import type { UnattendedResult } from '../../../preload/contract';
import { userWithRole, type CoreFixture } from './core-fixture';
import { createApp, graphAs, signInToSetup } from './setup-helpers';
import { inspectStoreDir } from './store-inspector';

const delegatedOnly = [
  { serviceId: 'graph' as const, level: 'minimal' as const, includeApplication: false },
  { serviceId: 'sharepoint' as const, level: 'minimal' as const, includeApplication: false },
];

/** As the Global Administrator: an app with delegated permissions only, then unattended access. */
export async function setUpUnattended(
  f: CoreFixture,
  validityDays = 365,
): Promise<UnattendedResult> {
  await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
  const app = await createApp(f, { services: delegatedOnly, displayName: 'Nightly reports' });
  return f.value('appSetup.unattended', {
    clientId: app.clientId,
    services: [
      { serviceId: 'sharepoint', level: 'minimal' },
      { serviceId: 'graph', level: 'minimal' },
    ],
    validityDays,
    siteUrl: f.emulator.info.sharepoint.rootUrl,
  });
}

export { delegatedOnly };

/** What Graph says the app has: its certificates and its application permissions. */
export async function appAsGraphSeesIt(f: CoreFixture, clientId: string) {
  const admin = await graphAs(f, userWithRole(f, 'Global Administrator').upn);
  try {
    const app = (await admin.graph.applicationByAppId(clientId))!;
    const sp = (await admin.graph.servicePrincipalByAppId(clientId))!;
    return {
      appObjectId: app.id,
      keys: await admin.graph.keyCredentials(app.id),
      assignments: await admin.graph.appRoleAssignments(sp.id),
    };
  } finally {
    admin.close();
  }
}

/** Takes every certificate off the app, as someone in the portal might. */
export async function removeAllCertificates(f: CoreFixture, clientId: string): Promise<void> {
  const admin = await graphAs(f, userWithRole(f, 'Global Administrator').upn);
  try {
    const app = (await admin.graph.applicationByAppId(clientId))!;
    await admin.graph.setKeyCredentials(app.id, []);
  } finally {
    admin.close();
  }
}

export const sha1Base64 = (pem: string) =>
  createHash('sha1').update(new X509Certificate(pem).raw).digest('base64');

/** The credential the vault holds for the connection, decrypted as an attacker with the key would. */
export async function storedCredential(f: CoreFixture, connectionId: string) {
  const { secrets } = await inspectStoreDir(f.storeDir, f.cipher);
  return JSON.parse(secrets[`app-credential:${connectionId}`]!) as {
    privateKeyPem: string;
    certificatePem: string;
    secret: string;
  };
}
