/**
 * TEST ONLY. The connections as a person set them up, without what the app writes down as it
 * works: when and how each last signed in, and the last problem it met (for the diagnostics
 * report). A fault may add a last problem, and a new sign-in changes when; neither takes away
 * anything that was set up, which is what the fault tests compare.
 */
const BOOKKEEPING = ['lastProblem', 'signedInAt', 'signedInWith'] as const;

export function setUpAccounts(accounts: readonly unknown[]): unknown[] {
  return accounts.map((account) => {
    if (typeof account !== 'object' || account === null) return account;
    const copy: Record<string, unknown> = { ...account };
    for (const field of BOOKKEEPING) delete copy[field];
    return copy;
  });
}
