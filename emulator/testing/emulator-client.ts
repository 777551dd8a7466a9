import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type { ReadyInfo } from '../public-api.js';
import { httpsRequest, jsonOf } from './https-client.js';
import type { HttpsAnswer } from './https-client.js';

/** Thin protocol client for integration tests: raw HTTP calls, no MSAL, CA-verified TLS. */
export class EmulatorClient {
  readonly agent: Agent;

  constructor(readonly info: ReadyInfo) {
    this.agent = new Agent({ ca: readFileSync(info.caFile, 'utf8') });
  }

  /** GET a path (or absolute URL) with optional headers. */
  get(pathOrUrl: string, headers: Record<string, string> = {}): Promise<HttpsAnswer> {
    return httpsRequest(this.resolve(pathOrUrl), { agent: this.agent, headers });
  }

  /** Any method with an optional JSON body, e.g. Graph `PATCH` with a bearer token. */
  send(
    method: string,
    pathOrUrl: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<HttpsAnswer> {
    return httpsRequest(this.resolve(pathOrUrl), {
      method,
      agent: this.agent,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** POST a form-encoded body, as OAuth clients do. */
  postForm(path: string, form: Record<string, string>): Promise<HttpsAnswer> {
    return httpsRequest(this.resolve(path), {
      method: 'POST',
      agent: this.agent,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** POST a JSON body. */
  postJson(path: string, body: unknown): Promise<HttpsAnswer> {
    return this.send('POST', path, {}, body);
  }

  /** Starts a device code flow for the sandbox public client (or `clientId`). */
  async startDeviceCode(
    scope: string,
    clientId = this.info.publicClientId,
  ): Promise<{ user_code: string; device_code: string; interval: number }> {
    const answer = await this.postForm(`/${this.info.tenantId}/oauth2/v2.0/devicecode`, {
      client_id: clientId,
      scope,
    });
    if (answer.status !== 200)
      throw new Error(`devicecode failed: ${answer.status} ${answer.text}`);
    return jsonOf(answer);
  }

  /** Polls the token endpoint once with a device code. */
  redeemDeviceCode(deviceCode: string, clientId = this.info.publicClientId): Promise<HttpsAnswer> {
    return this.postForm(`/${this.info.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: clientId,
      device_code: deviceCode,
      client_info: '1',
    });
  }

  /** Redeems a refresh token for the given scope. */
  refresh(refreshToken: string, scope: string): Promise<HttpsAnswer> {
    return this.postForm(`/${this.info.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'refresh_token',
      client_id: this.info.publicClientId,
      refresh_token: refreshToken,
      scope,
    });
  }

  /** Approves a user code through the HTTP test route. */
  approve(userCode: string, upn: string): Promise<HttpsAnswer> {
    return this.postJson('/_emulator/device/approve', { user_code: userCode, upn });
  }

  /** Runs a whole device code sign-in as `upn` and returns the token response. */
  async signIn(
    upn: string,
    scope: string,
  ): Promise<Record<string, unknown> & { access_token: string; refresh_token: string }> {
    const code = await this.startDeviceCode(scope);
    const approved = await this.approve(code.user_code, upn);
    if (approved.status !== 200)
      throw new Error(`approve failed: ${approved.status} ${approved.text}`);
    const answer = await this.redeemDeviceCode(code.device_code);
    if (answer.status !== 200) throw new Error(`redeem failed: ${answer.status} ${answer.text}`);
    return jsonOf(answer);
  }

  private resolve(pathOrUrl: string): string {
    return pathOrUrl.startsWith('https://') ? pathOrUrl : `${this.info.url}${pathOrUrl}`;
  }
}
