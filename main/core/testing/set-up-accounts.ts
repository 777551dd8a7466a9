/**
 * TEST ONLY. The connections as a person set them up, without what the app writes down as it
 * works: when and how each last signed in. A new sign-in after a fault changes when, which takes
 * away nothing that was set up, which is what the fault tests compare. (The last problem a fault
 * leaves is not in the connections: store/last-problems.ts.)
 */
const BOOKKEEPING = ['signedInAt', 'signedInWith'] as const;

export function setUpAccounts(accounts: readonly unknown[]): unknown[] {
  return accounts.map((account) => {
    if (typeof account !== 'object' || account === null) return account;
    const copy: Record<string, unknown> = { ...account };
    for (const field of BOOKKEEPING) delete copy[field];
    return copy;
  });
}
