/**
 * A certificate as a panel shows it: its thumbprint, subject and dates, how many days are left
 * and whether that is within the 30 days in which it should be renewed. No key, ever.
 */
import type { CertificateFacts } from '../../../preload/contract';
import { certificateFacts } from './self-signed-certificate';

const DAY_MS = 86_400_000;
/** From this many days before it expires, the panel warns and offers Renew certificate. */
export const RENEW_WITHIN_DAYS = 30;

export function certificateFactsOf(certificatePem: string, now = new Date()): CertificateFacts {
  const facts = certificateFacts(certificatePem);
  const daysLeft = Math.floor((facts.validTo.getTime() - now.getTime()) / DAY_MS);
  return {
    thumbprint: facts.thumbprint,
    subject: facts.subject,
    validFrom: facts.validFrom.toISOString(),
    validTo: facts.validTo.toISOString(),
    daysLeft,
    expiresSoon: daysLeft <= RENEW_WITHIN_DAYS,
  };
}
