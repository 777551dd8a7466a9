/**
 * The live probe: one real call to the service with the connection's token, timed, and
 * summarised in a line. A failing probe is a result to show, never an exception, except when it
 * failed at the proxy: that is the connection's problem, not the service's.
 */
import type { ProbeResult } from '../../../preload/contract';
import type { HttpsClient } from '../net/https-request';
import { ProxyFailure } from '../net/proxy-failure';
import type { ResourceEndpoint } from '../cloud-catalog';
import type { ServiceContext, ServiceProbe } from './service-definition';

export async function probeService(
  http: HttpsClient,
  probe: ServiceProbe,
  ctx: ServiceContext,
  endpoint: ResourceEndpoint,
  accessToken: string,
): Promise<ProbeResult> {
  const url = `${endpoint.baseUrl.replace(/\/$/, '')}${probe.path(ctx)}`;
  const started = performance.now();
  const base = { request: probe.label(ctx), checkedAt: new Date().toISOString() };
  try {
    const res = await http.send({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      timeoutMs: 15_000,
    });
    const latencyMs = Math.round(performance.now() - started);
    const body = parseJson(res.text);
    const ok = res.status >= 200 && res.status < 300;
    const summary = ok ? probe.summarize(body) : describeFailure(res.status, body);
    return { ...base, ok, status: res.status, latencyMs, summary };
  } catch (error) {
    // The proxy, not the service: the panel says so (and that the sign-in is kept), no probe line.
    if (error instanceof ProxyFailure) throw error;
    const latencyMs = Math.round(performance.now() - started);
    return {
      ...base,
      ok: false,
      status: 0,
      latencyMs,
      summary: `No answer: ${(error as Error).message}`,
    };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Graph and friends answer `{error:{code,message}}`: that is the line, in the service's own
 * words (the status beside it says the rest, and the panel's notice what it means for the
 * connection). Without one, what the status means.
 */
function describeFailure(status: number, body: unknown): string {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const detail = error?.message ?? error?.code;
  if (detail) return detail;
  const meaning =
    status === 401
      ? 'the token was refused'
      : status === 403
        ? 'the signed-in account or app lacks permission'
        : status === 429
          ? 'the service is throttling requests'
          : `HTTP ${status}`;
  return capitalise(meaning);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
