/**
 * The app registration and tenant the person saved as the default for new connections, per
 * cloud (typically the app Set up app just created). Environment variables still win; see
 * SignInProfiles.defaults.
 */
import { z } from 'zod';
import type { CloudId } from '../../../preload/contract';
import { checkAppChoice } from '../app-registration-ids';
import type { KeyValueStore } from '../ports';

const KEY = 'appDefaults';
const SavedApp = z.object({ clientId: z.string(), tenant: z.string() });
export type SavedApp = z.infer<typeof SavedApp>;
const SavedApps = z.record(z.string(), SavedApp);

export const SETTING_SOURCE = { kind: 'setting', detail: 'M365 Desk settings' } as const;

export interface SavedAppDefaultsDeps {
  store: KeyValueStore;
}

export class SavedAppDefaults {
  private readonly store: KeyValueStore;

  constructor({ store }: SavedAppDefaultsDeps) {
    this.store = store;
  }

  get(cloud: CloudId): SavedApp | undefined {
    return this.all()[cloud];
  }

  /** Checks the pair (a GUID, a tenant id or domain) and saves it; throws a ProblemError if not. */
  set(cloud: CloudId, app: SavedApp): void {
    const checked = checkAppChoice(app, true);
    this.store.set(KEY, { ...this.all(), [cloud]: checked });
  }

  clear(cloud: CloudId): void {
    const { [cloud]: _cleared, ...rest } = this.all();
    this.store.set(KEY, rest);
  }

  /** A damaged entry is ignored, never fatal: the person can save again. */
  private all(): Record<string, SavedApp> {
    const parsed = SavedApps.safeParse(this.store.get(KEY) ?? {});
    return parsed.success ? parsed.data : {};
  }
}
