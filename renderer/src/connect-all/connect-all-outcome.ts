import type { ConnectAllEntry, ConnectAllResult } from '../../../preload/contract';
import { problemText } from '../ui/problem-text';

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
    const who = status.account
      ? `${status.account.displayName} (${status.account.username})`
      : 'the app';
    return { ok: true, title: 'Connected', detail: `As ${who}.`, grantConsent: false };
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
  const title = status.state === 'connected' ? 'Signed in, but refused' : 'Not connected';
  return no(title, said ? problemText(said) : `State: ${status.state}.`);
}

/** "All 6 services connected." or "4 of 6 services connected." */
export function connectAllSummary(result: ConnectAllResult): string {
  const total = result.services.length;
  const connected = result.services.filter((entry) => outcomeOf(entry).ok).length;
  return connected === total
    ? `All ${total} services connected.`
    : `${connected} of ${total} services connected; each of the others says what it lacks.`;
}
