/**
 * The non-secret facts about each connection (which account, app and tenant a service uses),
 * kept in the key-value store so connections survive restarts. Tokens live in the vault.
 */
import { z } from 'zod';
import { CloudId, ServiceId } from '../../../preload/contract';
import type { KeyValueStore } from '../ports';

const REGISTRY_KEY = 'connections';

export const ConnectionRecord = z.object({
  serviceId: ServiceId,
  cloud: CloudId,
  clientId: z.string(),
  /** The authority the account signed in through, e.g. `https://login.microsoftonline.com/<tenant>`. */
  authority: z.string(),
  homeAccountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  connectedAt: z.string(),
});
export type ConnectionRecord = z.infer<typeof ConnectionRecord>;

export class ConnectionRegistry {
  constructor(private readonly kv: KeyValueStore) {}

  list(): ConnectionRecord[] {
    const parsed = z.array(ConnectionRecord).safeParse(this.kv.get(REGISTRY_KEY) ?? []);
    return parsed.success ? parsed.data : [];
  }

  get(serviceId: ServiceId): ConnectionRecord | undefined {
    return this.list().find((r) => r.serviceId === serviceId);
  }

  save(record: ConnectionRecord): void {
    const others = this.list().filter((r) => r.serviceId !== record.serviceId);
    this.kv.set(REGISTRY_KEY, [...others, record]);
  }

  remove(serviceId: ServiceId): ConnectionRecord | undefined {
    const existing = this.get(serviceId);
    this.kv.set(
      REGISTRY_KEY,
      this.list().filter((r) => r.serviceId !== serviceId),
    );
    return existing;
  }

  /** Whether any connection still uses this account through this app (tokens are shared). */
  isAccountInUse(homeAccountId: string, clientId: string): boolean {
    return this.list().some((r) => r.homeAccountId === homeAccountId && r.clientId === clientId);
  }
}
