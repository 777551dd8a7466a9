import type { CertificateFacts } from '../../../preload/contract';

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "Expires on 2 December 2027 (in 364 days)", or since when it has expired. */
export function expiryText(certificate: CertificateFacts): string {
  const on = dayFormat.format(new Date(certificate.validTo));
  const { daysLeft } = certificate;
  if (daysLeft < 0) return `Expired on ${on}`;
  if (daysLeft === 0) return `Expires today (${on})`;
  return `Expires on ${on} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})`;
}
