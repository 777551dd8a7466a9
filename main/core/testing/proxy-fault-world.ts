/**
 * TEST ONLY. What the fault scenarios of the proxy share: an address where no proxy listens,
 * and what the person must be told when the proxy is at fault.
 */
import { createServer, type AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Problem } from '../../../preload/contract';

/** A loopback address where nothing listens (it did a moment ago, so nothing else will soon). */
export async function deadProxyUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/**
 * The person is told it is the proxy and where to set it (Status bar → Proxy), and not to sign
 * in again: the sign-in is fine.
 */
export function expectProxyProblem(
  problem: Problem | undefined,
  code: 'proxy_unreachable' | 'proxy_auth_required',
): void {
  expect(problem).toMatchObject({ code, message: expect.stringMatching(/proxy/i) });
  expect(problem?.hint).toContain('Status bar → Proxy');
  expect(problem?.remedy).toBeUndefined();
  expect(`${problem?.message} ${problem?.hint}`).not.toMatch(/sign in again/i);
}
