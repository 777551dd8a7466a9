/**
 * TEST ONLY. The body of {@link startEmulatorInWorker}: runs the emulator in this worker thread,
 * with this thread's own clock, and answers its control calls from the test's thread.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { startEmulator } from '../../../emulator/index';
import type { StartEmulatorOptions } from '../../../emulator/public-api';

const { options, port, signal } = workerData as {
  options: StartEmulatorOptions;
  port: MessagePort;
  signal: Int32Array;
};
const emulator = await startEmulator(options);
const control = emulator.control as unknown as Record<string, (...args: unknown[]) => unknown>;

port.on('message', async ({ method, args }: { method: string; args: unknown[] }) => {
  try {
    const value = method === 'close' ? await emulator.close() : await control[method]!(...args);
    port.postMessage({ value });
  } catch (error) {
    port.postMessage({ error: (error as Error).message });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
parentPort!.postMessage(emulator.info);
