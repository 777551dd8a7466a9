/**
 * The person's browser must trust the sandbox's certificate, and nothing more: we pin the
 * server key's SPKI hash (Chromium's --ignore-certificate-errors-spki-list) instead of turning
 * certificate checks off.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';

export function sandboxSpkiHash(url: string, caFile: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), ca: readFileSync(caFile) }, () => {
      const spki = socket
        .getPeerX509Certificate()!
        .publicKey.export({ type: 'spki', format: 'der' });
      socket.end();
      resolve(createHash('sha256').update(spki).digest('base64'));
    });
    socket.on('error', reject);
  });
}
