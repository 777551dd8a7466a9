/**
 * Some sign-in errors never come back as a redirect: when the redirect URI is not registered
 * (AADSTS50011), the app is unknown (700016) or the tenant does not exist (90002), Entra shows
 * an error page in the window instead, since it may not send anyone to an unverified URI. The
 * page's visible text carries the code ("AADSTS50011: The redirect URI … does not match …"),
 * so the sign-in window reads it and ends the sign-in with the same problem a redirect would
 * have given. Conditional Access's own page ("You can't get there from here", for a device that
 * is not compliant, say) names its code only in its troubleshooting details ("Error Code: 53000").
 */
import type { Problem } from '../../../preload/contract';
import { aadstsNumber } from '../errors/error-table';
import { toProblem } from '../errors/to-problem';

const TROUBLESHOOTING_CODE = /^\s*Error Code:\s*(\d{5,7})\s*$/i;

/** The problem an authority page shows, or undefined for an ordinary page (sign-in, consent). */
export function problemOnAuthorityPage(pageText: string): Problem | undefined {
  const lines = pageText.split(/\r?\n/);
  const line = lines.find((entry) => /AADSTS\d{5,7}\s*:/.test(entry));
  const detail = line
    ? undefined
    : lines.map((entry) => TROUBLESHOOTING_CODE.exec(entry)).find(Boolean);
  const code = line ? aadstsNumber(line) : detail ? Number(detail[1]) : undefined;
  if (code === undefined) return undefined;
  const message = line?.trim() ?? `${lines.find((entry) => entry.trim())?.trim()} (AADSTS${code})`;
  const problem = toProblem({ errorCode: 'invalid_request', errorMessage: message });
  // A code without advice of our own still ends the sign-in, in Entra's words.
  return problem.code.startsWith('AADSTS') ? problem : { code: `AADSTS${code}`, message };
}
