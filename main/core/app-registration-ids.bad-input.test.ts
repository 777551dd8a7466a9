/**
 * App (client) ids and tenants that are refused, each with the words a person sees and the
 * one value to type instead. Surrounding spaces and line breaks are trimmed, never refused, and
 * upper case is accepted (the id is kept lower-cased): both are in the table of accepted values.
 * The checks are pure, so a refusal loses nothing the person typed elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { checkAppChoice, clientIdProblem, tenantProblem } from './app-registration-ids';

const id = '1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d';
const nil = '00000000-0000-0000-0000-000000000000';
const copyApp = 'Copy the Application (client) ID from the app registration’s Overview page.';
const copyTenant = 'Copy the Directory (tenant) ID from the app registration’s Overview page.';
const orGuid = '(or the Directory (tenant) ID, a GUID)';
const notTenant = (value: string) => `"${value}" is neither a tenant id (GUID) nor a domain.`;
const eitherTenant = 'Use the Directory (tenant) ID';

/** [what was typed as the client id, the message, a part of the hint]. */
const clientIds: Array<[string, string, string]> = [
  ['', 'Enter the Application (client) ID of your app registration.', 'Overview page'],
  ['   ', 'Enter the Application (client) ID of your app registration.', 'Overview page'],
  [`{${id}}`, `The client id "{${id}}" has braces around it.`, `Type it without them: ${id}`],
  [
    `{${id.toUpperCase()}}`,
    `The client id "{${id.toUpperCase()}}" has braces around it.`,
    `Type it without them: ${id}`,
  ],
  [nil, `The client id ${nil} is the empty (nil) GUID, which nothing in Entra ID has.`, copyApp],
  [
    id.replace(/-/g, ''),
    `The client id "${id.replace(/-/g, '')}" has no dashes.`,
    `Type it as Entra shows it: ${id}`,
  ],
  [`urn:uuid:${id}`, `The app id "urn:uuid:${id}" is not a GUID.`, copyApp],
  [`${id}x`, `The app id "${id}x" is not a GUID.`, copyApp],
];

/** [what was typed as the tenant, whether `organizations` may do, the message, a part of the hint]. */
const tenants: Array<[string, boolean, string, string]> = [
  ['', true, 'Enter your tenant id or domain.', eitherTenant],
  [`{${id}}`, true, `The tenant "{${id}}" has braces around it.`, `Type it without them: ${id}`],
  [
    nil,
    true,
    `The tenant ${nil} is the empty (nil) GUID, which nothing in Entra ID has.`,
    copyTenant,
  ],
  [
    ` ${nil}\n`,
    false,
    `The tenant ${nil} is the empty (nil) GUID, which nothing in Entra ID has.`,
    copyTenant,
  ],
  [
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0',
    true,
    '"https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" is a URL; the tenant is its id (a GUID) or its domain.',
    'Type only the tenant: contoso.onmicrosoft.com',
  ],
  [
    `https://login.microsoftonline.us/${id}/oauth2/v2.0/token`,
    false,
    `"https://login.microsoftonline.us/${id}/oauth2/v2.0/token" is a URL; the tenant is its id (a GUID) or its domain.`,
    `Type only the tenant: ${id}`,
  ],
  [
    'https://contoso-admin.sharepoint.com',
    true,
    '"https://contoso-admin.sharepoint.com" is a URL; the tenant is its id (a GUID) or its domain.',
    'Type only the tenant: contoso.onmicrosoft.com',
  ],
  [
    'https://contoso.sharepoint.us/sites/hr',
    false,
    '"https://contoso.sharepoint.us/sites/hr" is a URL; the tenant is its id (a GUID) or its domain.',
    'Type only the tenant: contoso.onmicrosoft.us',
  ],
  [
    'https://portal.azure.com/#home',
    true,
    '"https://portal.azure.com/#home" is a URL; the tenant is its id (a GUID) or its domain.',
    `contoso.onmicrosoft.com ${orGuid}`,
  ],
  [
    'admin@contoso.onmicrosoft.com',
    true,
    '"admin@contoso.onmicrosoft.com" is an e-mail address; the tenant is the domain after the @.',
    'Type only the tenant: contoso.onmicrosoft.com',
  ],
  [
    'Adele.Vance@Contoso.com',
    false,
    '"Adele.Vance@Contoso.com" is an e-mail address; the tenant is the domain after the @.',
    'Type only the tenant: contoso.com',
  ],
  [
    'contoso',
    true,
    '"contoso" is not a whole domain.',
    `Type only the tenant: contoso.onmicrosoft.com ${orGuid}`,
  ],
  [
    id.replace(/-/g, ''),
    true,
    `The tenant "${id.replace(/-/g, '')}" has no dashes.`,
    `Type it as Entra shows it: ${id}`,
  ],
  ['common', false, 'This sign-in needs your tenant, not "common".', 'contoso.onmicrosoft.com'],
  [
    'consumers',
    true,
    'This sign-in needs your tenant, not "consumers".',
    'contoso.onmicrosoft.com',
  ],
  ['contoso.onmicrosoft.com/', true, notTenant('contoso.onmicrosoft.com/'), eitherTenant],
  ['contoso。com', true, notTenant('contoso。com'), eitherTenant],
];

describe('client ids that are refused, with what to type instead', () => {
  it.each(clientIds)('%j → %s', (input, message, hint) => {
    const problem = clientIdProblem(input);
    expect(problem?.message).toBe(message);
    expect(problem?.hint).toContain(hint);
    expect(() => checkAppChoice({ clientId: input, tenant: 'contoso.com' }, true)).toThrow(message);
  });
});

describe('tenants that are refused, with what to type instead', () => {
  it.each(tenants)('%j (organizations allowed: %s) → %s', (input, multi, message, hint) => {
    const problem = tenantProblem(input, multi);
    expect(problem?.message).toBe(message);
    expect(problem?.hint).toContain(hint);
    expect(() => checkAppChoice({ clientId: id, tenant: input }, multi)).toThrow(message);
  });
});

describe('what is accepted: upper case, and spaces or a line break around the value (trimmed)', () => {
  it.each([
    [id.toUpperCase(), id.toUpperCase(), id, id.toUpperCase()],
    [`  ${id}\n`, ` ${id}\t`, id, id],
    [id, ' Contoso.OnMicrosoft.com ', id, 'Contoso.OnMicrosoft.com'],
    [id, 'organizations', id, 'organizations'],
  ])('%j with %j → %j, %j', (clientId, tenant, keptId, keptTenant) => {
    expect(checkAppChoice({ clientId, tenant }, true)).toEqual({
      clientId: keptId,
      tenant: keptTenant,
    });
  });
});
