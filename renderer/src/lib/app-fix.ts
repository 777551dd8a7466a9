import type { AppCheck, Problem, SignInDefaults } from '../../../preload/contract';

/**
 * Sign-in failures that are the app registration's fault and that "Check my app" can fix
 * (public client flows off, a redirect URI the app lacks): the core's error table says so.
 */
export function isAppRegistrationProblem(problem: Problem): boolean {
  return problem.remedy === 'fix-app-registration';
}

/** The defaults `problem` that means "no app at all": the wizard is the way out. */
export function needsAppSetup(problem: Problem | undefined): boolean {
  return problem?.code === 'no_app_registration';
}

type Fix = NonNullable<AppCheck['fix']>;

/** What a fix button does, for its description (the button itself says "Fix it"). */
export const fixDescriptions: Record<Fix, string> = {
  'enable-public-client-flows': 'Turns on “Allow public client flows”.',
  'add-redirect-uris': 'Adds the missing redirect URIs.',
  'add-permissions': 'Adds the missing API permissions.',
  'create-service-principal': 'Creates the app’s enterprise application in this tenant.',
  'grant-consent': 'Grants admin consent for the tenant.',
};

/** "All 6 checks passed" or "2 of 6 checks failed". */
export function checkSummary(checks: AppCheck[]): string {
  const failed = checks.filter((check) => !check.ok).length;
  if (failed === 0) return `All ${checks.length} checks passed.`;
  return `${failed} of ${checks.length} ${checks.length === 1 ? 'check' : 'checks'} failed.`;
}

/**
 * What still beats the app just saved: the environment variables new sign-ins read
 * (`CLIMICROSOFT365_ENTRAAPPID`, `CLIMICROSOFT365_TENANT`) win over settings, and the person
 * must be told so plainly.
 */
export function overriddenDefaults(defaults: SignInDefaults): string[] {
  const notes: string[] = [];
  if (defaults.clientIdSource.kind === 'environment') {
    const name = defaults.clientIdSource.detail || 'CLIMICROSOFT365_ENTRAAPPID';
    notes.push(`${name} is set and wins over this setting.`);
  }
  if (defaults.tenantSource.kind === 'environment') {
    const name = defaults.tenantSource.detail || 'CLIMICROSOFT365_TENANT';
    notes.push(`${name} is set and wins over the saved tenant.`);
  }
  return notes;
}
