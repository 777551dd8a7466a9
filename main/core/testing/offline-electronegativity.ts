/**
 * Electronegativity, loaded so that it never goes to the network. Each run it asks `got` (v11)
 * for updated translations of its messages. There is no route to that host here, and on Node 24
 * got 11's retry after the failed lookup throws an uncaught error instead of rejecting, which
 * Vitest rightly counts against the run. The gate reads only check ids, files and lines, and the
 * English messages ship inside the package, so for Electronegativity alone `got` is replaced by
 * one that refuses at once (Electronegativity then says it keeps its bundled messages).
 */
import { createRequire, Module } from 'node:module';

const requireHere = createRequire(import.meta.url);

/** Electronegativity's entry point (its `run(options, forCli)`), with an offline `got`. */
export function loadOfflineElectronegativity(): unknown {
  const entry = requireHere.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  if (requireHere.cache[gotPath]?.exports !== refuseOffline) {
    const offlineGot = new Module(gotPath);
    offlineGot.filename = gotPath;
    offlineGot.exports = refuseOffline;
    offlineGot.loaded = true;
    requireHere.cache[gotPath] = offlineGot;
  }
  return requireHere(entry);
}

function refuseOffline(url: string): Promise<never> {
  return Promise.reject(new Error(`offline by design: not fetching ${url}`));
}
