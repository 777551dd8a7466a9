/**
 * `npm run bench:refresh-all`: how long "Refresh all" takes with six connected services,
 * against refreshing them one by one, in the same run (a ratio, since timings are noisy).
 * Cached tokens, so each refresh is one probe round trip: the ratio shows the parallelism.
 * Usage: npm run bench:refresh-all -- [rounds=20] [latencyMs=40]
 */
import { performance } from 'node:perf_hooks';
import type { ServiceId } from '../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
} from '../main/core/testing/core-fixture';
import { serviceIds, type ServiceStatus } from '../preload/contract';

const ROUNDS = Number(process.argv[2] ?? 20);
/** Simulated network latency per request (ms), so a round trip costs what it would online. */
const LATENCY = Number(process.argv[3] ?? 40);
const services: readonly ServiceId[] = serviceIds;

const f = await startCoreFixture();
try {
  const graph = valueOf<ServiceStatus>(
    await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
  );
  for (const serviceId of services.slice(1)) {
    valueOf(
      await f.core.router.dispatch('service.useAccount', {
        serviceId,
        connectionId: graph.connectionId!,
      }),
    );
  }
  f.emulator.control.setLatency(LATENCY);
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const parallel: number[] = [];
  const sequential: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    parallel.push(await time(() => f.core.router.dispatch('service.refreshAll', {})));
    sequential.push(
      await time(async () => {
        for (const serviceId of services)
          await f.core.router.dispatch('service.refresh', { serviceId });
      }),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const p = median(parallel);
  const s = median(sequential);
  console.log(
    `six connected services, ${LATENCY} ms simulated latency per request, ${ROUNDS} rounds`,
  );
  console.log(`refresh all (parallel): median ${p.toFixed(1)} ms`);
  console.log(`one by one (sequential): median ${s.toFixed(1)} ms`);
  console.log(
    `ratio parallel/sequential: ${(p / s).toFixed(2)} (1/6 = 0.17 would be perfect overlap)`,
  );
} finally {
  await f.close();
}
