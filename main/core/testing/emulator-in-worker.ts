/**
 * TEST ONLY. The sandbox emulator in a worker thread of its own, for tests that need its clock
 * apart from the app's (a worker has its own `Date`: shifting the test's, testing/shifted-clock.ts,
 * leaves the emulator's true). Its control calls are answered synchronously, as the in-process
 * emulator's are: the test's thread waits for the worker's answer.
 */
import { once } from 'node:events';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type {
  EmulatorControl,
  ReadyInfo,
  RunningEmulator,
  StartEmulatorOptions,
} from '../../../emulator/public-api';

const ANSWER_WITHIN_MS = 10_000;

export async function startEmulatorInWorker(
  options: StartEmulatorOptions,
): Promise<RunningEmulator> {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./emulator-worker.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    workerData: { options, port: port2, signal },
    transferList: [port2],
  });
  const [info] = (await Promise.race([
    once(worker, 'message'),
    once(worker, 'error').then(([error]) => Promise.reject(error as Error)),
  ])) as [ReadyInfo];

  const call = (method: string, args: unknown[]): unknown => {
    Atomics.store(signal, 0, 0);
    port1.postMessage({ method, args });
    if (Atomics.wait(signal, 0, 0, ANSWER_WITHIN_MS) === 'timed-out') {
      throw new Error(`The emulator's worker did not answer ${method} in time`);
    }
    const answer = receiveMessageOnPort(port1)?.message as { value?: unknown; error?: string };
    if (answer?.error !== undefined) throw new Error(answer.error);
    return answer?.value;
  };
  const control = new Proxy({} as EmulatorControl, {
    get:
      (_, method: string) =>
      (...args: unknown[]) =>
        call(method, args),
  });
  return {
    info,
    control,
    async close() {
      call('close', []);
      port1.close();
      await worker.terminate();
    },
  };
}
