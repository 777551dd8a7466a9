import { describe, expect, it } from 'vitest';
import { problemOnAuthorityPage } from './authority-error-page';

describe('problemOnAuthorityPage', () => {
  it('recognises Entra’s redirect URI error page and explains it with the fix', () => {
    const page = [
      'Sign in',
      'Sorry, but we’re having trouble signing you in.',
      "AADSTS50011: The redirect URI 'https://login.microsoftonline.com/common/oauth2/nativeclient' specified in the request does not match the redirect URIs configured for the application '0b5c2a4e-…'.",
      'Troubleshooting details',
    ].join('\n');
    expect(problemOnAuthorityPage(page)).toMatchObject({
      code: 'AADSTS50011',
      message: 'The app registration does not list the redirect URI this sign-in used.',
      hint: expect.stringContaining('Check my app'),
    });
  });

  it('keeps Entra’s own words for a code it has no advice for', () => {
    expect(problemOnAuthorityPage('Sign in\nAADSTS1234567: Something unusual happened.')).toEqual({
      code: 'AADSTS1234567',
      message: 'AADSTS1234567: Something unusual happened.',
    });
  });

  it('leaves ordinary pages alone, even ones that mention a code without an error line', () => {
    expect(problemOnAuthorityPage('Sign in\nEmail\nPassword\nSign in')).toBeUndefined();
    expect(problemOnAuthorityPage('Permissions requested\nAccept\nCancel')).toBeUndefined();
    expect(problemOnAuthorityPage('Read more about AADSTS errors at aka.ms')).toBeUndefined();
  });
});
