import type { ConnectAllEntry, ConnectAllResult } from '../../../preload/contract';
import { problemText } from '../ui/problem-text';
import type { ToldProblem } from '../ui/told-in-dialog';
import type { ConnectAllState } from './use-connect-all';

/** One service after Connect all, as its row says it. */
export interface Outcome {
  ok: boolean;
  /** A few words: "Connected", "Needs consent", "Not in this tenant"... */
  title: string;
  /** What it is connected as, or precisely what it lacks and what to do. */
  detail: string;
  /** The consent walkthrough for this service is the way on. */
  grantConsent: boolean;
}

/** What the row of `entry` says: one message per service, from the core's own words. */
export function outcomeOf(entry: ConnectAllEntry): Outcome {
  const { status, problem } = entry;
  const no = (title: string, detail: string): Outcome => ({
    ok: false,
    title,
    detail,
    grantConsent: false,
  });
  if (!status) return no('Not connected', problem ? problemText(problem) : 'It was not offered.');
  const said = status.problem;
  if (status.state === 'connected' && !said) {
    // Who it is connected as is said once, above the rows; each row says what its service answered.
    const detail = status.probe ? `${status.probe.request}: ${status.probe.summary}` : 'Connected.';
    return { ok: true, title: 'Connected', detail, grantConsent: false };
  }
  if (status.state === 'consent-needed') {
    const missing = status.missingPermissions ?? [];
    return {
      ok: false,
      title: 'Needs consent',
      detail: missing.length
        ? `The app has no consent for ${missing.join(', ')} yet. Grant consent says who may give it, and how.`
        : problemText(said ?? { code: 'consent', message: 'The app has no consent here yet.' }),
      grantConsent: true,
    };
  }
  if (status.state === 'not-available') {
    return no('Not in this tenant', said?.hint ?? said?.message ?? 'The tenant lacks it.');
  }
  const signedIn = status.state === 'connected' || status.state === 'access-denied';
  const title = signedIn ? 'Signed in, but refused' : 'Not connected';
  return no(title, said ? problemText(said) : `State: ${status.state}.`);
}

/** "All 6 services connected as Adele Vance (adele@contoso.com)." or "4 of 6 services ...". */
export function connectAllSummary(result: ConnectAllResult): string {
  const total = result.services.length;
  const connected = result.services.filter((entry) => outcomeOf(entry).ok).length;
  const account = result.services.find((entry) => entry.status?.account)?.status?.account;
  const as = account ? ` as ${account.displayName} (${account.username})` : '';
  return connected === total
    ? `All ${total} services connected${as}.`
    : `${connected} of ${total} services connected${as}; each of the others says what it lacks.`;
}

/**
 * What the results dialog tells while it shows `state`, so the panels behind do not tell it
 * again: each row that is not connected, and a failed sign-in (its service is Graph's).
 */
export function toldBy(state: ConnectAllState): ToldProblem[] {
  if (state.phase === 'failed') return [{ serviceId: 'graph', code: state.problem.code }];
  if (state.phase !== 'done') return [];
  return state.result.services
    .filter((entry) => !outcomeOf(entry).ok)
    .map((entry) => {
      const code = (entry.status?.problem ?? entry.problem)?.code;
      return code ? { serviceId: entry.serviceId, code } : { serviceId: entry.serviceId };
    });
}
