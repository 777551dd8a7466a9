/**
 * Opens the key-value store so that a damaged file never stops the app: the unreadable file is
 * moved aside (kept, never deleted), a fresh store is opened, and the person is told where the
 * old one went.
 */
import { existsSync, renameSync } from 'node:fs';
import type { Problem } from '../../../preload/contract';
import type { KeyValueStore } from '../ports';

export interface OpenedStore {
  store: KeyValueStore;
  notices: Problem[];
}

/** `open` builds the store (it throws on an unreadable file); `filePath` is the file behind it. */
export function openStoreSafely(
  open: () => KeyValueStore,
  filePath: string,
  now = new Date(),
): OpenedStore {
  try {
    return { store: open(), notices: [] };
  } catch (error) {
    if (!existsSync(filePath)) throw error;
    const aside = `${filePath.replace(/\.json$/, '')}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.json`;
    renameSync(filePath, aside);
    return {
      store: open(),
      notices: [
        {
          code: 'store_unreadable',
          message:
            'M365 Desk could not read its saved connections, so it started with an empty store.',
          hint: `Nothing was deleted: the old file is kept as ${aside}. Sign in again to reconnect your services.`,
        },
      ],
    };
  }
}
