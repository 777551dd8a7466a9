/**
 * The display names of app registrations ("Contoso admin app"), by client id, so connections
 * can be named by person and app rather than by a GUID. A name is whatever was read last: from
 * the directory through Graph, from the app's own token, or the name Set up app created it with
 * or read in "Check my app". Not secret; kept in the settings file beside the connections.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../ports';
import { deepFreeze } from './memory-store';
import { storedValue } from './stored-value';

const KEY = 'appNames';

export const AppName = z.object({
  displayName: z.string().min(1),
  /** Where it was read: what a later reading may correct. */
  source: z.enum(['directory', 'token', 'setup']),
  readAt: z.string(),
});
export type AppName = z.infer<typeof AppName>;

const AppNameList = z.record(z.string(), AppName);

export class AppNames {
  private readonly stored: () => Readonly<Record<string, AppName>>;

  constructor(private readonly kv: KeyValueStore) {
    this.stored = storedValue(kv, KEY, (raw) => {
      const parsed = AppNameList.safeParse(raw ?? {});
      return deepFreeze(parsed.success ? parsed.data : {});
    });
  }

  /** The app's name, if it was ever read or given. */
  get(clientId: string): string | undefined {
    return this.stored()[clientId.trim().toLowerCase()]?.displayName;
  }

  /** Where the name came from, to tell a name read from the directory from one given by setup. */
  sourceOf(clientId: string): AppName['source'] | undefined {
    return this.stored()[clientId.trim().toLowerCase()]?.source;
  }

  /** Records the name; true when it is new or another than the one kept. */
  remember(clientId: string, displayName: string, source: AppName['source']): boolean {
    const name = displayName.trim();
    const key = clientId.trim().toLowerCase();
    if (!name || !key) return false;
    const kept = this.stored()[key];
    if (kept?.displayName === name && kept.source === source) return false;
    const entry: AppName = { displayName: name, source, readAt: new Date().toISOString() };
    this.kv.set(KEY, { ...this.stored(), [key]: entry });
    return kept?.displayName !== name;
  }

  /** The list as it is now; the same object until a name changes (names are memoised on it). */
  snapshot(): Readonly<Record<string, AppName>> {
    return this.stored();
  }
}
