/**
 * The sign-in window and the system browser, end to end in the core: real MSAL builds the
 * authorize URL (PKCE), the emulator's pages are answered as a person's browser would, and the
 * code is redeemed. Cancel and timeout settle every flow and release what it held.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignInWindowRequest } from './ports';
import { answerAuthorizePages } from './testing/authorize-page-driver';
import { startForwardingProxy } from './testing/forwarding-proxy';
import {
  nextDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';

let fixture: CoreFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const caPem = (f: CoreFixture) => readFileSync(f.emulator.info.caFile, 'utf8');
const admin = (f: CoreFixture) => userWithRole(f, 'Global Administrator');

/** A window that a person answers (or closes, or leaves open). */
function scriptedWindow(behaviour: 'sign-in' | 'close' | 'wait') {
  const opened: SignInWindowRequest[] = [];
  let closedBySignal = false;
  let answer: (request: SignInWindowRequest) => Promise<string> = async () => '';
  return {
    opened,
    get closedBySignal() {
      return closedBySignal;
    },
    useAnswer(fn: typeof answer) {
      answer = fn;
    },
    window: {
      open: (request: SignInWindowRequest) => {
        opened.push(request);
        request.signal.addEventListener('abort', () => (closedBySignal = true));
        if (behaviour === 'close') {
          return Promise.reject(Object.assign(new Error('closed'), { code: 'cancelled' }));
        }
        if (behaviour === 'wait') return new Promise<string>(() => undefined);
        return answer(request);
      },
    },
  };
}

const connectGraph = (f: CoreFixture, method: 'in-app-window' | 'system-browser') =>
  f.invoke('signIn.interactive', {
    serviceId: 'graph',
    cloud: 'sandbox',
    method,
  });

async function pendingFlowId(f: CoreFixture): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const event = f.events.find((e) => e.name === 'signIn.pending');
    if (event) return (event.payload as { flowId: string }).flowId;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no signIn.pending event');
}

describe('sign-in window (authorization code + PKCE)', () => {
  it('signs in on the authority’s pages and redeems the code with the verifier', async () => {
    const person = scriptedWindow('sign-in');
    fixture = await startCoreFixture({ signInWindow: person.window });
    const f = fixture;
    person.useAnswer(async (request) => {
      const answer = await answerAuthorizePages(request.url, caPem(f), admin(f));
      if (answer.kind !== 'redirect') throw new Error('expected a redirect');
      return answer.location;
    });
    const status = valueOf(await connectGraph(f, 'in-app-window'));
    expect(status).toMatchObject({ state: 'connected', account: { username: admin(f).upn } });
    expect(status.probe?.ok).toBe(true);

    const [request] = person.opened;
    const authorize = new URL(request!.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('response_mode')).toBe('query');
    expect(request!.redirectUri).toBe(
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    );
    expect(request!.authorityOrigin).toBe(new URL(f.emulator.info.url).origin);
    expect(request!.caPem).toContain('BEGIN CERTIFICATE');
    const tokenCall = f.emulator.control
      .requests()
      .find((r) => r.path.endsWith('/token') && r.grantType === 'authorization_code');
    expect(tokenCall).toBeDefined();
    expect(f.events.some((e) => e.name === 'signIn.pending')).toBe(true);
  });

  it('recognises Entra’s error page for an unregistered redirect URI (AADSTS50011) and ends the sign-in with it', async () => {
    const person = scriptedWindow('sign-in');
    fixture = await startCoreFixture({ signInWindow: person.window });
    const f = fixture;
    f.emulator.control.removeRedirectUri(
      f.emulator.info.publicClientId,
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    );
    let shown = '';
    person.useAnswer(async (request) => {
      const answer = await answerAuthorizePages(request.url, caPem(f), admin(f));
      if (answer.kind !== 'page') throw new Error('expected the error page');
      shown = answer.text;
      throw request.errorOnPage(answer.text) ?? new Error('the error page was not recognised');
    });
    const result = await connectGraph(f, 'in-app-window');
    expect(shown).toContain('AADSTS50011');
    expect(result).toMatchObject({
      ok: false,
      code: 'AADSTS50011',
      hint: expect.stringContaining('Check my app'),
    });
    // Nothing was saved, and the panel is back to where it was.
    const after = await f.value('service.refresh', { serviceId: 'graph' });
    expect(after.state).toBe('disconnected');
  });

  it('tells the person the sign-in was cancelled when they close the window', async () => {
    const person = scriptedWindow('close');
    fixture = await startCoreFixture({ signInWindow: person.window });
    const result = await connectGraph(fixture, 'in-app-window');
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
    const after = await fixture.value('service.refresh', { serviceId: 'graph' });
    expect(after.state).toBe('disconnected');
  });

  it('closes the window when the person presses Cancel in the app', async () => {
    const person = scriptedWindow('wait');
    fixture = await startCoreFixture({ signInWindow: person.window });
    const pending = connectGraph(fixture, 'in-app-window');
    const flowId = await pendingFlowId(fixture);
    // The window opens once MSAL has built the authorize URL, a moment after the announcement.
    while (person.opened.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(await fixture.value('signIn.cancel', { flowId })).toEqual({ cancelled: true });
    expect(await pending).toMatchObject({ ok: false, code: 'cancelled' });
    expect(person.closedBySignal).toBe(true);
  });

  it('stops waiting after the deadline, closes the window and says so', async () => {
    const person = scriptedWindow('wait');
    fixture = await startCoreFixture({ signInWindow: person.window, signInTimeoutMs: 400 });
    const result = await connectGraph(fixture, 'in-app-window');
    expect(result).toMatchObject({ ok: false, code: 'sign_in_timed_out' });
    expect(person.closedBySignal).toBe(true);
  });

  it('gives the window the proxy the app uses, and MSAL goes through it too', async () => {
    const proxy = await startForwardingProxy();
    try {
      const person = scriptedWindow('sign-in');
      fixture = await startCoreFixture({ signInWindow: person.window });
      const f = fixture;
      person.useAnswer(async (request) => {
        const answer = await answerAuthorizePages(request.url, caPem(f), admin(f));
        return answer.kind === 'redirect' ? answer.location : '';
      });
      await f.invoke('settings.proxy.set', {
        proxyUrl: proxy.url,
        noProxy: 'intranet.contoso.test',
      });
      expect((await connectGraph(f, 'in-app-window')).ok).toBe(true);
      expect(person.opened[0]?.proxy).toEqual({
        proxyUrl: proxy.url,
        noProxy: 'intranet.contoso.test',
        source: 'setting',
      });
      expect(proxy.tunnels).toContain(new URL(f.emulator.info.url).host);
    } finally {
      await proxy.close();
    }
  });

  it('is offered as unavailable, and refused, where the host has no window', async () => {
    fixture = await startCoreFixture();
    const info = await fixture.value('app.info', {});
    expect(info.signInMethods.map((m) => [m.id, m.available])).toEqual([
      ['device-code', true],
      ['in-app-window', false],
      ['system-browser', true],
      ['app-only', true],
    ]);
    expect(await connectGraph(fixture, 'in-app-window')).toMatchObject({
      ok: false,
      code: 'no_sign_in_window',
    });
  });
});

describe('system browser (MSAL loopback, form_post)', () => {
  it('signs in in the browser and shows a page that sends the person back to the app', async () => {
    const opened: string[] = [];
    let successPage = '';
    fixture = await startCoreFixture({
      browser: {
        open: async (url) => {
          opened.push(url);
          const f = fixture!;
          const answer = await answerAuthorizePages(url, caPem(f), admin(f));
          if (answer.kind !== 'form_post') throw new Error('expected form_post');
          const response = await fetch(answer.action, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(answer.fields),
          });
          successPage = await response.text();
        },
      },
    });
    const status = valueOf(await connectGraph(fixture, 'system-browser'));
    expect(status.state).toBe('connected');
    const authorize = new URL(opened[0]!);
    expect(authorize.searchParams.get('response_mode')).toBe('form_post');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(new URL(authorize.searchParams.get('redirect_uri')!).hostname).toBe('localhost');
    expect(successPage).toContain('Go back to M365 Desk');
  });

  it('cancels: MSAL settles and its loopback port is closed', async () => {
    const opened: string[] = [];
    fixture = await startCoreFixture({ browser: { open: async (url) => void opened.push(url) } });
    const pending = connectGraph(fixture, 'system-browser');
    const flowId = await pendingFlowId(fixture);
    while (opened.length === 0) await new Promise((r) => setTimeout(r, 10));
    await fixture.invoke('signIn.cancel', { flowId });
    expect(await pending).toMatchObject({ ok: false, code: 'cancelled' });
    const port = Number(new URL(new URL(opened[0]!).searchParams.get('redirect_uri')!).port);
    await new Promise((r) => setTimeout(r, 100));
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('times out when nobody finishes in the browser', async () => {
    fixture = await startCoreFixture({ signInTimeoutMs: 400 });
    expect(await connectGraph(fixture, 'system-browser')).toMatchObject({
      ok: false,
      code: 'sign_in_timed_out',
    });
  });
});

describe('device code deadline', () => {
  it('stops polling when the app’s deadline passes and says the code expired', async () => {
    fixture = await startCoreFixture({ signInTimeoutMs: 600 });
    const f = fixture;
    const result = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    const prompt = await nextDeviceCode(f);
    const expiresAt = Date.parse((prompt as unknown as { expiresAt: string }).expiresAt);
    expect(expiresAt - Date.now()).toBeLessThan(1000); // the dialog counts down to the real end
    expect(await result).toMatchObject({ ok: false, code: 'device_code_expired' });
    const polls = () =>
      f.emulator.control.requests().filter((r) => r.grantType?.includes('device_code')).length;
    const after = polls();
    await new Promise((r) => setTimeout(r, 1500));
    expect(polls()).toBe(after); // MSAL's polling stopped too
  });
});
