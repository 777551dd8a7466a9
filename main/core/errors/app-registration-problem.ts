/**
 * Sign-in failures caused by the app registration's own settings (public client flows off,
 * a redirect URI missing). "Check my app" fixes both; the problem names the app, so the person
 * (and the renderer) know which app to check.
 */
import type { Problem } from '../../../preload/contract';
import { isAppRegistrationCode } from './error-table';

export function namingTheApp(problem: Problem, clientId: string): Problem {
  if (!isAppRegistrationCode(problem.code)) return problem;
  return {
    ...problem,
    message: problem.message.replace('The app registration', `The app registration ${clientId}`),
  };
}
