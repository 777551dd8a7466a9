/**
 * The CLI's own settings (`m365 cli config set`, and what `m365 setup` writes): a configstore
 * file, `~/.config/configstore/cli-m365-config.json` (src/config.ts: `configstoreName`). It may
 * name the app and tenant the CLI signs in with, and may hold a client secret, a certificate or
 * its password in plain text (src/settingsNames.ts), which the person should know about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CliScan } from '../../../preload/contract';

export const CLI_CONFIG_FILE = join('.config', 'configstore', 'cli-m365-config.json');

const SECRET_SETTINGS = [
  'clientSecret',
  'clientCertificateFile',
  'clientCertificateBase64Encoded',
  'clientCertificatePassword',
] as const;

const CliConfig = z.looseObject({
  clientId: z.string().optional(),
  tenantId: z.string().optional(),
});

/** The app and tenant the CLI is set up with, and which secret settings it holds (never their values). */
export function cliSetupIn(home: string): CliScan['setup'] {
  const path = join(home, CLI_CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // the CLI's settings, not its sign-ins: nothing is imported from them
  }
  const parsed = CliConfig.safeParse(json);
  if (!parsed.success) return undefined;
  const config = parsed.data;
  const secretSettings = SECRET_SETTINGS.filter((name) => typeof config[name] === 'string');
  if (!config.clientId && !config.tenantId && secretSettings.length === 0) return undefined;
  return {
    ...(config.clientId ? { appId: config.clientId } : {}),
    ...(config.tenantId ? { tenant: config.tenantId } : {}),
    secretSettings,
  };
}
