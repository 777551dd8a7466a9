import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

/**
 * `npm run emulator -- --port N [--data-dir DIR] [--device-code-interval S] [--no-viva-engage]`.
 * Prints exactly one JSON line (the ReadyInfo) on stdout; everything else goes to stderr so
 * a parent process can read the line without filtering.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'device-code-interval': { type: 'string' },
      // A tenant without Yammer, to exercise AADSTS500011 handling.
      'no-viva-engage': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid --port '${values.port}'`);
  const interval =
    values['device-code-interval'] === undefined
      ? undefined
      : Number(values['device-code-interval']);
  if (interval !== undefined && (!Number.isInteger(interval) || interval < 1)) {
    throw new Error(`Invalid --device-code-interval '${values['device-code-interval']}'`);
  }

  const emulator = await startEmulator({
    port,
    dataDir: values['data-dir'] ?? resolve(repoRoot, '.emulator-data'),
    ...(interval === undefined ? {} : { deviceCodeIntervalSeconds: interval }),
    vivaEngageProvisioned: !values['no-viva-engage'],
  });
  process.stdout.write(`${JSON.stringify(emulator.info)}\n`);
  console.error(`[emulator] listening on ${emulator.info.url} (CA: ${emulator.info.caFile})`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.error(`[emulator] ${signal}: shutting down`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[emulator] error while closing:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('[emulator] failed to start:', error);
  process.exit(1);
});
