/**
 * Microsoft Graph's refusals (`{error:{code,message}}`) in words a person can act on, with the
 * Graph code kept as the problem's code so support can look it up.
 */
import type { Problem } from '../../../preload/contract';

const hints: Readonly<Record<string, string>> = {
  Authorization_RequestDenied:
    'Your account may not do this in the tenant. Sign in to Set up app as an Application Administrator, Cloud Application Administrator or Global Administrator, or give an administrator the values of the by-hand checklist.',
  InvalidAuthenticationToken: 'Sign in to Set up app again.',
  Request_ResourceNotFound:
    'It may have been deleted, or it lives in another tenant than the one you signed in to.',
  Request_BadRequest: 'Graph did not accept the values; check them in the by-hand checklist.',
};

/** What a failed Graph call means; `action` says what M365 Desk was doing ("create the app"). */
export function graphProblem(status: number, body: string, action: string): Problem {
  const error = parseError(body);
  const code = error?.code ?? (status === 429 ? 'throttled' : `graph_http_${status}`);
  const detail = error?.message ?? `HTTP ${status}`;
  const hint =
    hints[code] ??
    (status === 429 || status >= 500
      ? 'Microsoft Graph is busy or unavailable. Try again in a minute.'
      : undefined);
  return {
    code,
    message: `Microsoft Graph refused to ${action}: ${detail}`,
    ...(hint ? { hint } : {}),
  };
}

function parseError(body: string): { code?: string; message?: string } | undefined {
  try {
    const error = (JSON.parse(body) as { error?: unknown }).error;
    return typeof error === 'object' && error !== null
      ? (error as { code?: string; message?: string })
      : undefined;
  } catch {
    return undefined;
  }
}
