/**
 * The live probe: one real call to the service with the connection's token, timed, and
 * summarised in a line. It is tried again within the client's bounds (a 5xx, a dropped
 * connection, a short Retry-After), never waits past its own timeout, and is not sent while the
 * service's Retry-After has not passed. A failing probe is a result to show, never an exception,
 * except when it failed at the proxy: that is the connection's problem, not the service's.
 */
import type { ProbeResult, Problem } from '../../../preload/contract';
import { NoAnswer, sendBounded, type BoundedAnswer } from '../net/bounded-send';
import type { HttpsClient } from '../net/https-request';
import { inWords } from '../net/network-bounds';
import { ProxyFailure } from '../net/proxy-failure';
import { isBusy, retryAfterSeconds } from '../net/retry-after-gate';
import { transportProblem } from '../net/transport-failure';
import type { ResourceEndpoint } from '../cloud-catalog';
import type { ServiceContext, ServiceProbe } from './service-definition';

export interface ProbeOutcome {
  result: ProbeResult;
  /** Why the service gave no good answer (no answer, throttled, down), in words, when it did not. */
  trouble?: Problem;
}

const SIGN_IN_FINE = 'The sign-in is fine.';

export async function probeService(
  http: HttpsClient,
  service: { label: string; probe: ServiceProbe },
  ctx: ServiceContext,
  endpoint: ResourceEndpoint,
  accessToken: string,
): Promise<ProbeOutcome> {
  const { probe, label } = service;
  const url = `${endpoint.baseUrl.replace(/\/$/, '')}${probe.path(ctx)}`;
  const started = performance.now();
  const base = { request: probe.label(ctx), checkedAt: new Date().toISOString() };
  const timeoutMs = http.bounds.probeTimeoutMs;
  const latency = () => Math.round(performance.now() - started);
  let answer: BoundedAnswer;
  try {
    answer = await sendBounded(http, {
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      timeoutMs,
    });
  } catch (error) {
    // The proxy, not the service: the panel says so (and that the sign-in is kept), no probe line.
    const cause = error instanceof NoAnswer ? error.cause : error;
    if (cause instanceof ProxyFailure) throw cause;
    if (!(error instanceof NoAnswer)) throw error;
    const failed = { who: label, tries: error.tries, timeoutMs, kept: SIGN_IN_FINE };
    const trouble = transportProblem(error.cause, failed);
    const result = {
      ...base,
      ok: false,
      status: 0,
      latencyMs: latency(),
      summary: trouble.message,
    };
    return { result, trouble };
  }
  const { response: res, tries, waitedSeconds } = answer;
  const body = parseJson(res.text);
  const ok = res.status >= 200 && res.status < 300;
  const waited = waitedSeconds ? ` (after waiting ${waitedSeconds} s, as ${label} asked)` : '';
  const summary = ok ? `${probe.summarize(body)}${waited}` : describeFailure(res.status, body);
  const result = { ...base, ok, status: res.status, latencyMs: latency(), summary };
  const trouble = isBusy(res.status)
    ? busy(label, res.status, tries, retryAfterSeconds(res))
    : undefined;
  return trouble ? { result, trouble } : { result };
}

/** A 429 or 5xx that outlasted the tries, or asked for a longer wait than the bound. */
function busy(label: string, status: number, tries: number, waitSeconds?: number): Problem {
  if (waitSeconds !== undefined) {
    return {
      code: 'service_throttled',
      message: `${label} asked M365 Desk to wait ${inWords(waitSeconds * 1000)} before asking again (HTTP ${status}).`,
      hint: `${SIGN_IN_FINE} M365 Desk will not ask it again before then; Refresh after that.`,
    };
  }
  const triesText = tries === 1 ? '1 try' : `${tries} tries`;
  return status === 429
    ? {
        code: 'service_throttled',
        message: `${label} is receiving too many requests (HTTP 429, ${triesText}).`,
        hint: `${SIGN_IN_FINE} Refresh in a minute.`,
      }
    : {
        code: 'service_unavailable',
        message: `${label} is having a problem right now (HTTP ${status}, ${triesText}).`,
        hint: `${SIGN_IN_FINE} The other services are not affected. Refresh in a few minutes; if it lasts, check Microsoft 365 service health.`,
      };
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
