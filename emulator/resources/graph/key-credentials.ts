import { X509Certificate, createHash, randomUUID } from 'node:crypto';
import type { KeyCredential } from '../../directory/app-registrations.js';
import { badRequest } from './graph-route.js';

const invalid = () =>
  badRequest("Invalid value specified for property 'keyCredentials' of resource 'Application'.");

/**
 * Reads a `keyCredentials` PATCH value: certificates (`AsymmetricX509Cert`, usage `Verify`)
 * whose `key` is the base64 certificate (DER, or PEM text as the portal also accepts). An
 * entry without `key` keeps the existing credential with that `keyId`, as Graph requires.
 */
export function parseKeyCredentials(
  value: unknown,
  existing: readonly KeyCredential[],
): KeyCredential[] {
  if (!Array.isArray(value)) throw invalid();
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) throw invalid();
    const fields = entry as Record<string, unknown>;
    if (fields.key === undefined || fields.key === null) {
      const kept = existing.find((k) => k.keyId === fields.keyId);
      if (!kept) throw invalid();
      return kept;
    }
    if (fields.type !== 'AsymmetricX509Cert' || fields.usage !== 'Verify') throw invalid();
    if (typeof fields.key !== 'string') throw invalid();
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(Buffer.from(fields.key, 'base64'));
    } catch {
      throw badRequest('Key credential is not a valid certificate.');
    }
    return {
      keyId: typeof fields.keyId === 'string' ? fields.keyId : randomUUID(),
      displayName: typeof fields.displayName === 'string' ? fields.displayName : cert.subject,
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
      key: cert.raw.toString('base64'),
      startDateTime: new Date(cert.validFrom).toISOString(),
      endDateTime: new Date(cert.validTo).toISOString(),
      customKeyIdentifier: createHash('sha1').update(cert.raw).digest('base64'),
    };
  });
}
