/**
 * Sign-in failures caused by the app registration's own settings (public client flows off,
 * a redirect URI missing). "Check my app" fixes both; the problem names the app, so the person
 * (and the renderer) know which app to check.
 */
import type { Problem } from '../../../preload/contract';

export const APP_REGISTRATION_CODES: ReadonlySet<string> = new Set([
  'AADSTS7000218',
  'AADSTS50011',
]);

export function namingTheApp(problem: Problem, clientId: string): Problem {
  if (!APP_REGISTRATION_CODES.has(problem.code)) return problem;
  return {
    ...problem,
    message: problem.message.replace('The app registration', `The app registration ${clientId}`),
  };
}
