/**
 * The error table's rows for an app-only credential Entra refused: a certificate the app
 * registration does not have (AADSTS700027), a wrong or expired client secret (7000215,
 * 7000222). Each has its way out: M365 Desk puts the certificate on the app, or makes a new
 * secret, as the setup session when that account may change the app registration.
 */
import type { Remedy } from '../../../preload/contract';
import type { ErrorFacts } from './error-table';

const credentialError = (
  remedy: Extract<Remedy, 'add-certificate' | 'create-secret'>,
  message: string,
  hint: string,
): ErrorFacts => ({ from: 'entra', message, hint, state: 'error', deadGrant: false, remedy });

const BY_SETUP = 'Set up app, signed in as someone who may change the app';

export const appCredentialErrors: Readonly<Record<string, ErrorFacts>> = {
  AADSTS700027: credentialError(
    'add-certificate',
    'The app registration does not have this certificate, so Entra ID cannot check the app’s signature.',
    `Add this certificate to the app (${BY_SETUP}), or upload its public part in the Entra admin center under the app’s Certificates & secrets.`,
  ),
  AADSTS7000215: credentialError(
    'create-secret',
    'The client secret is wrong: it is not one of the app registration’s secrets.',
    `Create a new secret (${BY_SETUP}), or check that you gave the secret’s value, not its id.`,
  ),
  AADSTS7000222: credentialError(
    'create-secret',
    'The client secret has expired.',
    `Create a new secret (${BY_SETUP}), or create one in the Entra admin center under the app’s Certificates & secrets.`,
  ),
};
