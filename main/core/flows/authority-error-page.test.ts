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

  it('recognises Conditional Access’s “You can’t get there from here” page by its error code line', () => {
    const page = [
      'You can’t get there from here',
      'This application contains sensitive information and can only be accessed from:',
      'Devices or client applications that meet your organisation’s management compliance policy.',
      'Troubleshooting details',
      'Error Code: 53000',
      'Request Id: 6f8a…',
      'Device state: Unregistered',
    ].join('\n');
    expect(problemOnAuthorityPage(page)).toMatchObject({
      code: 'AADSTS53000',
      message: expect.stringMatching(/only compliant devices/),
      remedy: 'browser-instead',
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
