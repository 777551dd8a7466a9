import { describe, expect, it } from 'vitest';
import { accessRequestText, assignmentFactsIn } from './access-request';

const CLIENT = '1b730954-1685-4b74-9bfd-dac224a7b894';

describe('the request for access (AADSTS50105)', () => {
  it('says who, which app, which tenant and where an administrator assigns it, plainly', () => {
    expect(
      accessRequestText({
        username: 'megan@contoso.example',
        appName: 'Contoso Admin Tools',
        clientId: CLIENT,
        tenant: 'contoso.example',
      }),
    ).toBe(`Hello,

Please assign my account to an app in Microsoft Entra ID, so that I can sign in to it.

Account: megan@contoso.example
App: Contoso Admin Tools (client id ${CLIENT})
Tenant: contoso.example

Where: Microsoft Entra admin center → Enterprise applications → Contoso Admin Tools → Users and groups → Add user/group, then select the account and Assign.

Entra refused my sign-in with AADSTS50105: the account is not assigned to the app.

Thank you.`);
  });

  it('without the app’s name or the account, still says what an administrator needs', () => {
    const text = accessRequestText({ clientId: CLIENT, tenant: 'contoso.example' });
    expect(text).toContain(`App: client id ${CLIENT}`);
    expect(text).toContain('Enterprise applications → the app (search for the client id) →');
    expect(text).toMatch(/^Account: the account I sign in with/m);
  });

  it('reads the app and the account from Entra’s own words, but not a name Entra hid', () => {
    const said = (user: string) =>
      `AADSTS50105: Your administrator has configured the application Contoso Admin Tools ('${CLIENT}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user '${user}' is blocked because …`;
    expect(assignmentFactsIn({ errorMessage: said('megan@contoso.example') })).toEqual({
      appName: 'Contoso Admin Tools',
      clientId: CLIENT,
      username: 'megan@contoso.example',
    });
    expect(assignmentFactsIn(undefined, { error_description: said('{EmailHidden}') })).toEqual({
      appName: 'Contoso Admin Tools',
      clientId: CLIENT,
    });
  });
});
