import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

/**
 * `npm run emulator -- --port N [--data-dir DIR] [--device-code-interval S] [--no-viva-engage]
 * [--proxy-port N] [--trust-proxy-headers]`.
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
      // The HTTPS proxy under Microsoft's host names, for tools nobody here wrote.
      'proxy-port': { type: 'string' },
      'trust-proxy-headers': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const port = portOption('--port', values.port);
  const proxyPort =
    values['proxy-port'] === undefined
      ? undefined
      : portOption('--proxy-port', values['proxy-port']);
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
    ...(proxyPort === undefined ? {} : { proxyPort }),
    trustProxyHeaders: values['trust-proxy-headers'],
  });
  process.stdout.write(`${JSON.stringify(emulator.info)}\n`);
  console.error(`[emulator] listening on ${emulator.info.url} (CA: ${emulator.info.caFile})`);
  if (emulator.info.proxyUrl)
    console.error(
      `[emulator] proxy for Microsoft's host names: HTTPS_PROXY=${emulator.info.proxyUrl} NODE_EXTRA_CA_CERTS=${emulator.info.caFile}`,
    );

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

function portOption(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid ${name} '${value}': give a port number from 0 to 65535.`);
  return port;
}

main().catch((error: unknown) => {
  console.error('[emulator] failed to start:', error);
  process.exit(1);
});
