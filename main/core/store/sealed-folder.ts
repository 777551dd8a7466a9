/**
 * The vault's sealed records, one file per secret in a folder of their own (beside the settings
 * file), so that the cost of opening the store does not grow with the secrets kept:
 *
 * - opening reads nothing, not even the folder's listing: a record is read (from the file its
 *   name gives, sealed-file-names.ts) and parsed the first time it is asked for, then kept in
 *   memory; the names are listed when asked for, all of them or one group's (one app's account
 *   partitions, say), and then kept;
 * - a change writes that one file, atomically (atomic-write.ts), readable by its owner only;
 *   a removal deletes it; nothing at all is written before the first secret is;
 * - a file that cannot be read spoils no other: the vault moves it aside, into the folder's
 *   `unreadable.aside`, as it is (never deleted), and the person is told.
 *
 * Each file holds its record and the secret's name, `{"name": …, "backend": …, …}`. While the app
 * runs it is the folder's only writer, which is what lets what it has read be the truth.
 */
import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SealedRecords } from '../ports';
import { renameRetrying, writeFileAtomically, type FileWriter } from './atomic-write';
import { OWNER_ONLY_FILE } from './conf-file';
import { deepFreeze } from './memory-store';
import type { UnsavedChanges } from './unsaved-changes';
import {
  entriesIn,
  readRecord,
  UnreadableRecordError,
  type SealedRecord,
} from './sealed-record-file';
import {
  encodedPart,
  partKind,
  SEALED_EXTENSION,
  sealedFilePath,
  splitName,
} from './sealed-file-names';

/** The folder holds the sealed secrets: only their owner may list or open it. */
export const OWNER_ONLY_FOLDER = 0o700;
/** Where records that could not be read are kept. The `.` is in no group's folder name. */
export const ASIDE_FOLDER = 'unreadable.aside';
/** The key of {@link SealedFolder.listed} for the names without a group. */
const TOP = '';

export interface SealedFolderOptions {
  /** Replaces one file (atomically by default; a test passes one that fails as a full disk does). */
  writeFile?: FileWriter;
  /**
   * Where a write or removal the disk refuses waits to be tried again: the record stays as set
   * in memory meanwhile. Without it, a refused write throws and changes nothing.
   */
  saves?: UnsavedChanges;
}

export class SealedFolder implements SealedRecords {
  /** The names of each group listed so far, and ({@link TOP}) of none once all are listed. */
  private readonly listed = new Map<string, Set<string>>();
  /** The records read or written so far. */
  private readonly records = new Map<string, SealedRecord>();
  /** The folders known to exist (none before the first write). */
  private readonly made = new Set<string>();
  /** The groups' folders, listed once (a few: one per app, not one per account). */
  private groupFolders?: Set<string>;

  private readonly writeFile: FileWriter;
  private readonly saves: UnsavedChanges | undefined;

  /** Touches nothing on disk: the folder need not exist yet. */
  constructor(
    readonly path: string,
    { writeFile = writeFileAtomically, saves }: SealedFolderOptions = {},
  ) {
    this.writeFile = writeFile;
    this.saves = saves;
  }

  names(group?: string): string[] {
    if (group !== undefined) return [...this.listing(group)];
    if (!this.listed.has(TOP)) this.listAll();
    return [...this.listed.values()].flatMap((names) => [...names]);
  }

  get(name: string): SealedRecord | undefined {
    const kept = this.records.get(name);
    if (kept) return kept;
    if (this.listingOf(name)?.has(name) === false) return undefined;
    const path = join(this.path, sealedFilePath(name));
    const record = readRecord(path);
    if (record === undefined) {
      this.listingOf(name)?.delete(name); // deleted by someone else meanwhile
      return undefined;
    }
    if (record.name !== name) throw new UnreadableRecordError(path, 'it is another secret’s');
    return this.keep(name, record);
  }

  set(name: string, record: SealedRecord): void {
    const sealed = deepFreeze(structuredClone(record));
    const path = join(this.path, sealedFilePath(name));
    this.onDisk(path, () => this.write(path, { ...sealed, name }));
    this.records.set(name, sealed);
    this.listingOf(name)?.add(name);
  }

  delete(name: string): void {
    const path = join(this.path, sealedFilePath(name));
    this.onDisk(path, () => {
      rmSync(path, { force: true });
      if (splitName(name).group !== undefined) this.removeIfEmpty(dirname(path));
    });
    this.forget(name);
  }

  setAside(name: string): string | undefined {
    const path = join(this.path, sealedFilePath(name));
    if (!existsSync(path)) return undefined;
    const key = `${name}@${new Date().toISOString()}`;
    const aside = join(this.folder(join(this.path, ASIDE_FOLDER)), encodedPart(key));
    try {
      renameRetrying(path, `${aside}${SEALED_EXTENSION}`);
    } finally {
      this.forget(name);
    }
    return `${aside}${SEALED_EXTENSION}`;
  }

  /** Keeps a record with those set aside (an older store's, moved into the folder). */
  keepAside(key: string, record: SealedRecord): void {
    const path = join(this.path, ASIDE_FOLDER, `${encodedPart(key)}${SEALED_EXTENSION}`);
    this.onDisk(path, () => this.write(path, { ...record, name: key }));
  }

  /** The names of the group, listed once. */
  private listing(group: string): Set<string> {
    let names = this.listed.get(group);
    if (!names) {
      const folder = encodedPart(group);
      this.groupFolders ??= new Set(entriesIn(this.path).map((entry) => entry.name));
      const inGroup = (leaf: string) => `${group}:${leaf}`;
      names = new Set(
        this.groupFolders.has(folder) ? this.namesIn(join(this.path, folder), inGroup) : [],
      );
      this.listed.set(group, names);
    }
    return names;
  }

  /** The names of every group and of none: the whole folder, listed once. */
  private listAll(): void {
    const entries = entriesIn(this.path);
    for (const entry of entries.filter((e) => e.isDirectory())) {
      const part = partKind(entry.name);
      if (part.kind === 'named') this.listing(part.text);
      if (part.kind !== 'shortened') continue;
      // A group too long for a folder name: its files say whose they are.
      for (const name of this.namesIn(join(this.path, entry.name))) {
        const group = splitName(name).group!;
        this.listed.set(group, (this.listed.get(group) ?? new Set()).add(name));
      }
    }
    const files = entries.filter((e) => e.isFile()).map((e) => e.name);
    this.listed.set(TOP, new Set(this.namesIn(this.path, (leaf) => leaf, files)));
  }

  /**
   * The names of the secrets' files in `folder`, told by their file names (a leaf of `named`'s
   * group), or read from the files when the names are too long for that.
   */
  private namesIn(
    folder: string,
    named?: (leaf: string) => string,
    files = entriesIn(folder).map((entry) => entry.name),
  ): string[] {
    const names: string[] = [];
    for (const file of files) {
      if (!file.endsWith(SEALED_EXTENSION)) continue; // a write in progress, or not ours
      const part = partKind(file.slice(0, -SEALED_EXTENSION.length));
      if (part.kind === 'named' && named) names.push(named(part.text));
      else if (part.kind !== 'other') {
        const name = this.nameInFile(join(folder, file));
        if (name !== undefined) names.push(name);
      }
    }
    return names;
  }

  /** The name a file holds, if it is that name's file (the record is kept too). */
  private nameInFile(path: string): string | undefined {
    try {
      const record = readRecord(path);
      const name = record?.name;
      if (typeof name !== 'string' || join(this.path, sealedFilePath(name)) !== path) return;
      this.keep(name, record!);
      return name;
    } catch {
      return undefined; // unreadable, it cannot say whose it is: left where it is
    }
  }

  private keep(name: string, record: SealedRecord): SealedRecord {
    const { name: _name, ...sealed } = record;
    const frozen = deepFreeze(sealed);
    this.records.set(name, frozen);
    return frozen;
  }

  private forget(name: string): void {
    this.records.delete(name);
    this.listingOf(name)?.delete(name);
  }

  /** The listing the name belongs in, if it was listed. */
  private listingOf(name: string): Set<string> | undefined {
    return this.listed.get(splitName(name).group ?? TOP);
  }

  /** A change of the file at `path`, made now, or kept for later if the disk refuses it. */
  private onDisk(path: string, change: () => void): void {
    if (this.saves) this.saves.attempt(path, change);
    else change();
  }

  private write(path: string, content: SealedRecord): void {
    this.folder(dirname(path));
    this.writeFile(path, JSON.stringify(content), OWNER_ONLY_FILE);
  }

  private folder(path: string): string {
    if (!this.made.has(path)) {
      mkdirSync(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
      this.made.add(path);
      if (dirname(path) === this.path) this.groupFolders?.add(basename(path));
    }
    return path;
  }

  /** A group's folder goes with its last secret (the secrets folder itself stays). */
  private removeIfEmpty(folder: string): void {
    try {
      rmdirSync(folder);
      this.made.delete(folder);
      this.groupFolders?.delete(basename(folder));
    } catch {
      // Not empty, or not there: either way nothing to do.
    }
  }
}
