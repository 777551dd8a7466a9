/**
 * When the sign-in window may trust a server certificate because the sandbox's private CA
 * issued it. Chromium cannot verify such a certificate, so the window's certificate verify proc
 * does, and it has to check everything Chromium would have: a signature alone would let an
 * expired certificate, or one the CA issued for another name, stand in for the sandbox.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** Chromium's verdicts for `setCertificateVerifyProc`. */
export const CERTIFICATE_TRUSTED = 0;
export const CERTIFICATE_REFUSED = -2;
export const CHROMIUM_DECIDES = -3;

/**
 * Whether `certificatePem` is current, for `host` (an IP or DNS name, as in the URL) and
 * issued and signed by `ca`. Anything unreadable is not.
 */
export function issuedBySandboxCa(
  certificatePem: string,
  ca: X509Certificate,
  host: string,
  now = new Date(),
): boolean {
  try {
    const certificate = new X509Certificate(certificatePem);
    return (
      isCurrent(certificate, now) &&
      isFor(certificate, host) &&
      certificate.checkIssued(ca) &&
      certificate.verify(ca.publicKey)
    );
  } catch {
    return false;
  }
}

function isCurrent(certificate: X509Certificate, now: Date): boolean {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  return from <= now.getTime() && now.getTime() <= to;
}

/**
 * Subject alternative names only, as Chromium (which ignores the subject's common name since
 * Chrome 58), and no partial wildcards like `f*.example.com`, which Chromium refuses too.
 */
function isFor(certificate: X509Certificate, host: string): boolean {
  if (isIP(host)) return certificate.checkIP(host) !== undefined;
  return certificate.checkHost(host, { subject: 'never', partialWildcards: false }) !== undefined;
}
