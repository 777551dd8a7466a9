import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Where a control call carries the run's secret. */
export const CONTROL_SECRET_HEADER = 'x-emulator-control-secret';

/**
 * Whether `pathname` is under `/_emulator/`, judged as the router matches: by non-empty
 * segments, literals in any case. So every request the router could take to a control route
 * (`/_EMULATOR/...`, `/_emulator//...`) is one, and so are unknown control paths.
 */
export function isControlPath(pathname: string): boolean {
  return pathname.split('/').find(Boolean)?.toLowerCase() === '_emulator';
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a request may use the control routes: always without a secret (tests, the CLI,
 * scripts); with one, only when its header holds exactly that secret. Digests are compared, so
 * the comparison takes the same time whatever the value and its length.
 */
export function controlGate(secret: string | undefined): (req: IncomingMessage) => boolean {
  if (secret === undefined) return () => true;
  if (!secret) throw new Error('controlSecret must not be empty');
  const expected = digest(secret);
  return (req) => {
    const given = req.headers[CONTROL_SECRET_HEADER];
    return typeof given === 'string' && timingSafeEqual(digest(given), expected);
  };
}
