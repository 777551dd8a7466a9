/**
 * The bridge under fuzz: more than 10,000 payloads over every command of the contract, against
 * the real core (real MSAL, conf store, AES-GCM cipher) and the real emulator over HTTPS.
 * Wrong types, missing and extra fields, 1 MB strings, 10,000 levels of nesting, prototype
 * tricks, Proxies and throwing getters, and valid payloads (derived from the contract's own
 * schemas) with one field mutated. Every answer must be a Result of the contract's shape, come
 * within 5 s, and carry no token; afterwards the core must still sign in and refresh.
 *
 * The seed is printed; `BRIDGE_FUZZ_SEED=<seed> npx vitest run <this file>` repeats a run.
 */
import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { commandNames } from '../../../preload/contract';
import {
  nextDeviceCode,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { answerDeviceLogin } from '../testing/device-login-driver';
import { answerProblem, runFuzz } from '../testing/fuzz/bridge-fuzzer';
import { fuzzHints, inboundSecrets, type LiveIds } from '../testing/fuzz/fuzz-hints';
import { fuzzSeed, Prng } from '../testing/fuzz/prng';
import { cancelSignInsAsTheyStart } from '../testing/fuzz/sign-in-canceller';
import { stateProblems } from '../testing/fuzz/state-invariants';
import { signInToSetup } from '../testing/setup-helpers';

/** Payloads per command: 330 × 31 commands is over 10,000. */
const ROUNDS = Math.ceil(10_000 / commandNames.length) + 8;
const SEED = fuzzSeed(process.env, 1234);
/** Payloads in flight at once, as a renderer with several panels sends them. */
const CONCURRENCY = 4;

let f: CoreFixture;
afterAll(async () => f?.close());

/** Every string here that appears in `haystack`, shortened for the report. */
const leaked = (secrets: string[], haystack: string) =>
  secrets.filter((s) => s.length > 8 && haystack.includes(s)).map((s) => `${s.slice(0, 12)}…`);

/** JWTs also by their signature alone, so a token cut apart is still found. */
const tokenParts = (tokens: string[]) =>
  tokens.flatMap((t) => [t, ...(t.split('.').length === 3 ? [t.split('.')[2]!] : [])]);

it('answers every fuzz payload with a Result in time, leaks no token, and still connects', async () => {
  const started = performance.now();
  f = await startCoreFixture();
  const { info, control } = f.emulator;
  const admin = userWithRole(f, 'Global Administrator');
  // Something to break: a connection for the connection commands, a session for Set up app.
  valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
  await signInToSetup(f, admin.upn);

  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  const canceller = cancelSignInsAsTheyStart(f);
  const live: LiveIds = { connectionIds: [], flowIds: canceller.flowIds };
  const stateFailures: string[] = [];
  // Between batches: learn the connections that exist now, and check the state still agrees.
  const between = async () => {
    live.connectionIds = (await f.value('accounts.list', {})).map((c) => c.id);
    stateFailures.push(...(await stateProblems(f)));
  };
  const fuzzStarted = performance.now();
  const report = await runFuzz({
    router: f.core.router,
    rng: new Prng(SEED),
    rounds: ROUNDS,
    concurrency: CONCURRENCY,
    hints: (command) => fuzzHints(info, command, live),
    refresh: { every: 200, run: between },
  }).finally(async () => {
    await canceller.stop();
    process.off('unhandledRejection', onRejection);
  });
  const fuzzSeconds = (performance.now() - fuzzStarted) / 1000;
  console.log(
    `bridge fuzz: ${report.payloads} payloads over ${Object.keys(report.perCommand).length} commands` +
      ` (+${report.notCommands} to names that are not commands), seed ${SEED},` +
      ` ${fuzzSeconds.toFixed(1)} s; ${canceller.flowIds.length} sign-ins started and cancelled;` +
      ` slowest ${report.slowest.command} (${report.slowest.kind}) ${Math.round(report.slowest.ms)} ms`,
  );

  expect({ failures: report.failures.length, first: report.failures.slice(0, 20) }).toEqual({
    failures: 0,
    first: [],
  });
  expect(rejections).toEqual([]);
  await between();
  expect([...new Set(stateFailures)]).toEqual([]);
  expect(report.payloads).toBeGreaterThanOrEqual(10_000);
  expect(Object.keys(report.perCommand).sort()).toEqual([...commandNames].sort());
  for (const answer of canceller.answers)
    expect(answerProblem('signIn.cancel', answer)).toBe(undefined);
  // `__proto__` and `constructor.prototype` payloads reached nothing shared.
  expect(Object.prototype).not.toHaveProperty('polluted');

  // No token the emulator issued, and no secret sent in, comes back in an answer or an event.
  const forbidden = [...tokenParts(control.issuedTokens()), ...inboundSecrets(info)];
  const eventsJson = () => f.events.map((e) => `${e.name} ${JSON.stringify(e.payload)}`).join('\n');
  expect(control.issuedTokens().length).toBeGreaterThan(3);
  expect(leaked(forbidden, report.answers.join('\n'))).toEqual([]);
  expect(leaked(forbidden, eventsJson())).toEqual([]);

  // The core still works: settings the fuzz changed are put back through the contract, then a
  // person signs in on the device login pages and the token renews with the refresh token.
  await f.value('settings.proxy.set', { proxyUrl: '' });
  await f.value('settings.appDefaults.clear', { cloud: 'sandbox' });
  f.events.length = 0; // so the next device code is this sign-in's, not a cancelled one
  control.setAccessTokenLifetime(120); // under MSAL's renewal offset: the refresh must renew
  const signIn = f.invoke('signIn.deviceCode', {
    serviceId: 'graph',
    cloud: 'sandbox',
  });
  const { userCode } = await nextDeviceCode(f);
  const ca = readFileSync(info.caFile, 'utf8');
  await answerDeviceLogin(info.url, ca, userCode, admin, 'accept');
  const connected = valueOf(await signIn);
  expect(connected).toMatchObject({ state: 'connected', probe: { ok: true, status: 200 } });
  const renewals = () =>
    control.requests().filter((r) => r.grantType?.includes('refresh_token')).length;
  const before = renewals();
  const refreshed = await f.invoke('service.refresh', { serviceId: 'graph' });
  expect(refreshed).toMatchObject({ ok: true, value: { state: 'connected', probe: { ok: true } } });
  expect(renewals()).toBe(before + 1);
  const after = [...tokenParts(control.issuedTokens()), ...inboundSecrets(info)];
  expect(leaked(after, `${JSON.stringify([connected, refreshed])}\n${eventsJson()}`)).toEqual([]);

  // What the fuzz left on disk opens again: nothing kept aside as damaged, Graph still connected.
  await f.restart();
  expect((await f.value('app.info', {})).notices).toEqual([]);
  const reopened = await f.invoke('service.refresh', { serviceId: 'graph' });
  expect(reopened).toMatchObject({ ok: true, value: { state: 'connected', probe: { ok: true } } });

  const seconds = (performance.now() - started) / 1000;
  // Measured and printed, not asserted: on two shared cores a timed assertion fails on load, not
  // on a fault (it runs in about 9 s alone; the 5 s bound per answer is asserted above).
  console.log(`bridge fuzz: whole test ${seconds.toFixed(1)} s`);
}, 300_000);
