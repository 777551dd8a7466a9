/**
 * TEST ONLY. Sends fuzz cases to a real core's router, a few at a time, each raced against a
 * deadline, and checks every answer against the contract: `ok: true` with exactly a value the
 * command's output schema accepts, or `ok: false` with a code, a message and at most a hint;
 * and that a failure explains itself.
 */
import { z } from 'zod';
import { commandNames, commands, Problem, type CommandName } from '../../../../preload/contract';
import type { CommandRouter } from '../../ipc/command-router';
import { hostilePayloads } from './hostile-values';
import { fuzzCase } from './payload-mutations';
import type { Prng } from './prng';
import { validSample, type FieldHints } from './zod-sample';

export const ANSWER_DEADLINE_MS = 5000;

/** Commands whose valid payloads end what later ones need (a connection, the setup session). */
const DESTRUCTIVE: ReadonlySet<CommandName> = new Set([
  'accounts.remove',
  'service.disconnect',
  'accounts.changeApp',
  'appSetup.signOut',
]);

const FailureAnswer = Problem.extend({ ok: z.literal(false) }).strict();

/** Why `answer` is not a Result of `command`'s shape, or undefined when it is one. */
export function answerProblem(
  command: CommandName | undefined,
  answer: unknown,
): string | undefined {
  if (!answer || typeof answer !== 'object') return `not an object: ${typeof answer}`;
  const { ok, ...rest } = answer as Record<string, unknown>;
  if (ok === true) {
    if (!command) return 'ok: true for a command that is not in the contract';
    if (Object.keys(rest).join() !== 'value') return `fields beside ok: ${Object.keys(rest)}`;
    const parsed = commands[command].output.safeParse(rest.value);
    return parsed.success ? undefined : `value does not fit: ${parsed.error.message.slice(0, 300)}`;
  }
  const parsed = FailureAnswer.safeParse(answer);
  return parsed.success ? undefined : `not a Result: ${parsed.error.message.slice(0, 300)}`;
}

/**
 * Why a failure would leave the person with nothing to act on: the catch-all code, or a library's
 * own boilerplate instead of words (MSAL's `network_error` says only "See https://aka.ms/...").
 */
export function unexplained(answer: unknown): string | undefined {
  if (!answer || typeof answer !== 'object') return undefined; // answerProblem says why
  const { ok, code, message } = answer as { ok?: unknown; code?: unknown; message?: unknown };
  if (ok !== false) return undefined;
  if (code === 'unexpected_error') return `unexpected_error: ${String(message).slice(0, 200)}`;
  if (/aka\.ms\/msal/i.test(String(message))) return `${String(code)} says only: ${message}`;
  return undefined;
}

/** What was thrown, in a few words, without trusting it (it may be a throwing Proxy). */
function describe(thrown: unknown): string {
  try {
    return thrown instanceof Error
      ? `${thrown.name}: ${thrown.message.slice(0, 120)}`
      : typeof thrown;
  } catch {
    return 'something unreadable';
  }
}

type Outcome = { answer: unknown; ms: number } | { timedOut: true } | { threw: unknown };

/** The answer, or that it threw, or that it did not come within the deadline. */
export async function dispatchWithin(
  router: CommandRouter,
  command: unknown,
  payload: unknown,
  deadlineMs = ANSWER_DEADLINE_MS,
): Promise<Outcome> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), deadlineMs);
  });
  try {
    const answered = router
      .dispatch(command, payload)
      .then((answer): Outcome => ({ answer, ms: performance.now() - started }));
    return await Promise.race([answered, late]);
  } catch (threw) {
    return { threw };
  } finally {
    clearTimeout(timer);
  }
}

/** Names that are not commands, some of them not even strings. */
const notCommands: readonly (() => unknown)[] = [
  () => 'shell.exec',
  () => '__proto__',
  () => 'constructor',
  () => 'hasOwnProperty',
  () => 'app.info ',
  () => 'APP.INFO',
  () => undefined,
  () => 42,
  ...Object.values(hostilePayloads),
];

export interface FuzzPlan {
  router: CommandRouter;
  rng: Prng;
  /** Payloads per command. */
  rounds: number;
  hints: (command: CommandName) => FieldHints;
  /** How many payloads are in flight at once (default 1). */
  concurrency?: number;
  /** Called every `every` payloads, e.g. to learn the connection ids that exist now. */
  refresh?: { every: number; run: () => Promise<void> };
}

export interface FuzzReport {
  payloads: number;
  perCommand: Record<string, number>;
  notCommands: number;
  /** Every answer, as JSON, for the leak checks. */
  answers: string[];
  failures: string[];
  slowest: { command: string; kind: string; ms: number };
}

/** Every command `rounds` times, shuffled; destructive ones only in the last 40%. */
function order(rng: Prng, rounds: number): CommandName[] {
  const all = Array.from({ length: rounds }, () => commandNames).flat();
  const keep = rng.shuffle(all.filter((c) => !DESTRUCTIVE.has(c)));
  const cut = Math.floor(all.length * 0.6);
  const tail = rng.shuffle([...keep.splice(cut), ...all.filter((c) => DESTRUCTIVE.has(c))]);
  return [...keep, ...tail];
}

export async function runFuzz(plan: FuzzPlan): Promise<FuzzReport> {
  const { router, rng } = plan;
  const report: FuzzReport = {
    payloads: 0,
    perCommand: {},
    notCommands: 0,
    answers: [],
    failures: [],
    slowest: { command: '', kind: '', ms: 0 },
  };
  const check = async (command: unknown, kind: string, payload: unknown) => {
    const name = typeof command === 'string' ? command.slice(0, 40) : typeof command;
    const outcome = await dispatchWithin(router, command, payload);
    if ('timedOut' in outcome) {
      return report.failures.push(`${name} (${kind}): no answer in ${ANSWER_DEADLINE_MS} ms`);
    }
    if ('threw' in outcome) {
      return report.failures.push(`${name} (${kind}): dispatch threw ${describe(outcome.threw)}`);
    }
    if (outcome.ms > report.slowest.ms) report.slowest = { command: name, kind, ms: outcome.ms };
    const known = commandNames.find((c) => c === command);
    const problem = answerProblem(known, outcome.answer);
    if (problem) report.failures.push(`${name} (${kind}): ${problem}`);
    const unexplainedFailure = unexplained(outcome.answer);
    if (unexplainedFailure) report.failures.push(`${name} (${kind}): ${unexplainedFailure}`);
    try {
      report.answers.push(JSON.stringify(outcome.answer));
    } catch (error) {
      report.failures.push(`${name} (${kind}): answer is not JSON (${String(error)})`);
    }
  };
  // Cases are made one by one (so a seed gives the same payloads), then sent `concurrency` at
  // a time: several commands in flight at once, as a renderer with many panels sends them.
  let batch: (() => Promise<unknown>)[] = [];
  const flush = async () => {
    await Promise.all(batch.map((send) => send()));
    batch = [];
  };
  for (const command of order(rng, plan.rounds)) {
    if (plan.refresh && report.payloads % plan.refresh.every === 0) {
      await flush();
      await plan.refresh.run();
    }
    const schema = commands[command].input;
    const { kind, payload } = fuzzCase(rng, () => validSample(schema, rng, plan.hints(command)));
    batch.push(() => check(command, kind, payload));
    report.payloads++;
    report.perCommand[command] = (report.perCommand[command] ?? 0) + 1;
    if (rng.chance(1 / commandNames.length)) {
      const notCommand = rng.pick(notCommands)();
      batch.push(() => check(notCommand, 'not a command', {}));
      report.notCommands++;
    }
    if (batch.length >= (plan.concurrency ?? 1)) await flush();
  }
  await flush();
  return report;
}
