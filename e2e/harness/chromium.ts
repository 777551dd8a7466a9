/** Debian's Chromium, launched the way this closed network needs (no background traffic). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `trustSpki`: base64 SHA-256 hashes of server keys to accept (the sandbox's), nothing else. */
export function launchChromium(headless = true, trustSpki: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(trustSpki.length ? [`--ignore-certificate-errors-spki-list=${trustSpki.join(',')}`] : []),
    ],
  });
}
