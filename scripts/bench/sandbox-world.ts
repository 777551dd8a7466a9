/**
 * The bench's sandbox: the test fixture's real core and emulator, a sign-in window answered over
 * real HTTPS (main/core/testing/scripted-window.ts: no device code polling, so a sign-in costs
 * its round trips and nothing more), and, for the large stores, more people in the tenant.
 *
 * The emulator seeds four users and has no control that adds more. Its directory is a file in
 * its data directory that it reads at start (and keeps across restarts), so the bench writes its
 * extra users there and starts the emulator again on the same port and data directory: same
 * URL, CA, signing key and tenant, so the fixture's core notices nothing. (A control or a start
 * option for extra users would make this simpler; see the bench's README section.)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startEmulator, type ReadyInfo } from '../../emulator/index';
import type { CommandRouter } from '../../main/core/ipc/command-router';
import { startCoreFixture, valueOf, type CoreFixture } from '../../main/core/testing/core-fixture';
import { ScriptedWindow } from '../../main/core/testing/scripted-window';
import { serviceIds, type ServiceStatus } from '../../preload/contract';

export type SandboxUser = ReadyInfo['users'][number];

export interface SandboxWorld {
  f: CoreFixture;
  /** The sign-in window; `person` is whoever signs in next. */
  window: ScriptedWindow;
  /** The users the bench added, `bench001@…` onwards. */
  benchUsers: SandboxUser[];
  close(): Promise<void>;
}

export async function openSandboxWorld({ extraUsers = 0 } = {}): Promise<SandboxWorld> {
  const window = new ScriptedWindow();
  const f = await startCoreFixture({ signInWindow: window });
  const firstEmulator = f.emulator;
  if (extraUsers > 0) {
    await f.emulator.close();
    addUsersToDirectory(dirname(f.emulator.info.caFile), extraUsers);
    f.emulator = await startEmulator({
      port: Number(new URL(f.emulator.info.url).port),
      dataDir: dirname(f.emulator.info.caFile),
      deviceCodeIntervalSeconds: 1,
    });
  }
  window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
  const benchUsers = f.emulator.info.users.filter((u) => u.upn.startsWith('bench'));
  return {
    f,
    window,
    benchUsers,
    async close() {
      await f.close();
      if (f.emulator !== firstEmulator) await f.emulator.close();
    },
  };
}

/** The seeded Global Administrator, who connects the one-account measures' six services. */
export function sandboxAdmin(world: SandboxWorld): SandboxUser {
  const admin = world.f.emulator.info.users.find((u) => u.roles.includes('Global Administrator'));
  if (!admin) throw new Error('The sandbox has no Global Administrator');
  return admin;
}

/** Global Administrators, so every probe answers 200 as it does for the seeded admin. */
function addUsersToDirectory(dataDir: string, count: number): void {
  const file = join(dataDir, 'directory.json');
  const directory = JSON.parse(readFileSync(file, 'utf8')) as {
    tenants: { id: string; domain: string }[];
    users: Record<string, unknown>[];
  };
  const tenant = directory.tenants[0]!;
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, '0');
    directory.users.push({
      id: randomUUID(),
      tenantId: tenant.id,
      userPrincipalName: `bench${n}@${tenant.domain}`,
      displayName: `Bench User ${n}`,
      givenName: 'Bench',
      surname: `User ${n}`,
      jobTitle: null,
      password: `Bench-User-${n}!`,
      roles: ['Global Administrator'],
    });
  }
  writeFileSync(file, JSON.stringify(directory), { mode: 0o600 });
}

/**
 * `user` signs in for Graph in the sign-in window, and the other five services use that
 * connection, as a person connecting every service would: the MSAL cache then holds the
 * account's tokens for all six. Answers the connection's id.
 */
export async function connectSixServices(
  router: Pick<CommandRouter, 'dispatch'>,
  window: ScriptedWindow,
  user: SandboxUser,
): Promise<string> {
  window.person = { upn: user.upn, password: user.password };
  const graph = valueOf(
    await router.dispatch('signIn.interactive', {
      serviceId: 'graph',
      cloud: 'sandbox',
      method: 'in-app-window',
    }),
  ) as ServiceStatus;
  const connectionId = graph.connectionId!;
  for (const serviceId of serviceIds.filter((id) => id !== 'graph')) {
    valueOf(await router.dispatch('service.useAccount', { serviceId, connectionId }));
  }
  return connectionId;
}
