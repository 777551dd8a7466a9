/**
 * The names of the contract's commands and events, and nothing else: no schema, so no zod.
 * The preload (and the chromium-bridge host's page side) checks names only, and importing just
 * this keeps the schemas out of the script that runs before every page. `index.ts` holds each
 * name to its schema both ways, so a name without a schema, or a schema without a name, does
 * not compile.
 */

export const commandNames = [
  'app.info',
  'app.diagnostics',
  'app.saveDiagnostics',
  'service.list',
  'service.refreshAll',
  'service.useAccount',
  'service.refresh',
  'service.disconnect',
  'service.connectAll',
  'service.accessRequest',
  'sharepoint.checkUrl',
  'sharepoint.discover',
  'signIn.defaults',
  'signIn.deviceCode',
  'signIn.interactive',
  'signIn.appOnly',
  'signIn.cancel',
  'signIn.openVerificationPage',
  'accounts.list',
  'accounts.rename',
  'accounts.changeApp',
  'accounts.remove',
  'signOut.everywherePreview',
  'signOut.everywhere',
  'consent.need',
  'consent.grantAsAdmin',
  'permissions.preview',
  'appSetup.catalog',
  'appSetup.signIn',
  'appSetup.session',
  'appSetup.signOut',
  'appSetup.create',
  'appSetup.check',
  'appSetup.fix',
  'appSetup.unattended',
  'appOnly.certificate',
  'appOnly.renewCertificate',
  'appOnly.addCertificateToApp',
  'appOnly.createSecret',
  'appOnly.exportPfx',
  'connection.scripts',
  'settings.proxy.get',
  'settings.proxy.set',
  'settings.keystore.get',
  'settings.keystore.set',
  'settings.appDefaults.set',
  'settings.appDefaults.clear',
  'cliImport.scan',
  'cliImport.run',
  'cliImport.removePlaintext',
] as const;

export const eventNames = [
  'signIn.deviceCode',
  'signIn.pending',
  'service.changed',
  'accounts.changed',
  'appSetup.progress',
  'app.noticesChanged',
] as const;

export type CommandName = (typeof commandNames)[number];
export type EventName = (typeof eventNames)[number];

const commandSet: ReadonlySet<string> = new Set(commandNames);
const eventSet: ReadonlySet<string> = new Set(eventNames);

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && commandSet.has(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventSet.has(name);
}

/** IPC channel names are namespaced so nothing else in the app can collide with them. */
export const channelFor = (name: CommandName | EventName): string => `desk:${name}`;
