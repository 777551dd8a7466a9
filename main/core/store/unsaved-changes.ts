/**
 * Writes to the store that the disk refused (full, read-only, gone): kept to be tried again, so
 * that what the person did stays in memory, on screen, instead of failing the command that did
 * it. The person is told once, in one notice however many writes failed, which goes as soon as
 * everything is on disk. Every write that works tries the refused ones again, and so does
 * closing the app: the first save that works writes everything.
 *
 * Each write is kept under a key (a file's path) and writes that file's newest state, so a
 * refused write is replaced by the next one of the same file, never replayed in an old order.
 */
import type { Problem } from '../../../preload/contract';

/** What the disk's refusal is, in a person's words. */
function becauseOf(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'its folder is read-only';
    case 'ENOENT':
      return 'its folder is gone';
    default:
      return `the disk refused it (${(error as Error).message})`;
  }
}

export class UnsavedChanges {
  /** The refused writes, by file: each writes that file's newest state. */
  private readonly pending = new Map<string, () => void>();
  private refusal: Problem | undefined;
  /** Set when another copy of the app writes the store: nothing is written at all. */
  private excluded: Problem | undefined;

  /** Told when {@link problem} changes: a notice to show, or one to take down. */
  onProblemChange: () => void = () => undefined;

  /** @param folder The store's folder, named in the notice. */
  constructor(readonly folder: string) {}

  /** From now on every write is kept, none attempted, and `why` said (see store-lock.ts). */
  writeNothing(why: Problem): void {
    this.excluded = why;
    this.onProblemChange();
  }

  /** While true, a refused write throws: a step that must stop there (the upgrade) runs so. */
  private strict = false;

  /** Runs `work` with every refused write thrown, not kept (see open-store.ts's upgrade). */
  strictly<T>(work: () => T): T {
    this.strict = true;
    try {
      return work();
    } finally {
      this.strict = false;
    }
  }

  /** Writes now; if the disk refuses, keeps the write to try again and says so. */
  attempt(file: string, write: () => void): void {
    if (this.excluded) {
      this.pending.set(file, write);
      return;
    }
    try {
      write();
    } catch (error) {
      if (this.strict) throw error;
      this.pending.set(file, write);
      this.refused(error);
      return;
    }
    this.pending.delete(file);
    this.retry();
  }

  /** Tries every refused write again; true when nothing is left unsaved. */
  retry(): boolean {
    if (this.excluded) return false;
    for (const [file, write] of [...this.pending]) {
      try {
        write();
        this.pending.delete(file);
      } catch (error) {
        this.refused(error);
        return false;
      }
    }
    if (this.refusal) {
      this.refusal = undefined;
      this.onProblemChange();
    }
    return true;
  }

  /** The notice to show while something is not on disk, once, however many writes failed. */
  problem(): Problem | undefined {
    return this.excluded ?? this.refusal;
  }

  private refused(error: unknown): void {
    // The first refusal's words stay: one notice, not one per failed write.
    if (this.refusal) return;
    this.refusal = {
      code: 'store_not_saved',
      message: `M365 Desk could not save your changes, because ${becauseOf(error)}.`,
      hint: `Nothing is lost while M365 Desk stays open: it saves everything as soon as it can write to ${this.folder} again. Free some space there (or make it writable), then carry on.`,
    };
    this.onProblemChange();
  }
}
