/**
 * TEST ONLY. A disk a test can make refuse writes, as a full disk (`ENOSPC`) or a read-only one
 * (`EROFS`) does, for the store's files: the settings file and every file of the secrets folder.
 * Reads are never refused. While it refuses, every write the store attempts fails as the
 * operating system would fail it, and is counted.
 */
import type { FileWriter } from '../store/atomic-write';

export type DiskFailure = 'ENOSPC' | 'EROFS' | 'EACCES';

const WORDS: Record<DiskFailure, string> = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
};

export class FaultyDisk {
  private failure: DiskFailure | undefined;
  /** Writes refused so far. */
  refused = 0;

  /** From now on every write fails with `code`. */
  fail(code: DiskFailure): void {
    this.failure = code;
  }

  /** From now on writes succeed again. */
  heal(): void {
    this.failure = undefined;
  }

  /** Throws what the operating system would, if the disk refuses writes now. */
  check(path: string, call = 'open'): void {
    if (!this.failure) return;
    this.refused += 1;
    const error = new Error(
      `${this.failure}: ${WORDS[this.failure]}, ${call} '${path}'`,
    ) as NodeJS.ErrnoException;
    error.code = this.failure;
    error.syscall = call;
    error.path = path;
    throw error;
  }

  /** `write`, refused while the disk is. */
  guard(write: FileWriter): FileWriter {
    return (path, text, mode) => {
      this.check(path);
      write(path, text, mode);
    };
  }
}
