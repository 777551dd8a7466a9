/**
 * `app`: paths, version, the `ready` lifecycle and quitting. A test fires `ready` with
 * {@link AppStandIn.fireReady}; the stand-in remembers what happened before and after it, so a
 * test can tell that the shell did something "before ready" as Electron requires.
 */
import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { StandInEvent } from './stand-in-event';

type PathName = Parameters<App['getPath']>[0];

export class AppStandIn
  extends EventEmitter
  implements
    Pick<
      App,
      | 'getPath'
      | 'setPath'
      | 'getVersion'
      | 'getName'
      | 'isReady'
      | 'quit'
      | 'requestSingleInstanceLock'
    >
{
  private readonly paths = new Map<PathName, string>();
  private ready = false;
  private readonly readyWaiters: Array<() => void> = [];
  /** How many times the shell asked to quit (a quit a `will-quit` listener prevented counts). */
  quitCalls = 0;
  /** What the app would report; a test may change it before loading the shell. */
  version = '0.0.0-stand-in';
  /** Another copy of the app holds the single-instance lock (set before loading the shell). */
  otherCopyRunning = false;
  /** How many times the shell asked for the lock. */
  lockRequests = 0;

  getPath(name: PathName): string {
    const path = this.paths.get(name);
    // Electron throws for a path it does not know; a test must set the ones the shell reads.
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: PathName, path: string): void {
    this.paths.set(name, path);
  }

  getVersion(): string {
    return this.version;
  }

  getName(): string {
    return 'm365-desk';
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Electron's `ready`: the event first, then every `whenReady()` promise, as Electron does. */
  async fireReady(): Promise<void> {
    this.ready = true;
    this.emit('ready', new StandInEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    // Let the `.then` callbacks the shell chained on `whenReady()` run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Like Electron: `before-quit`, then `will-quit`, and the app ends unless one prevented it. */
  quit(): void {
    this.quitCalls += 1;
    const beforeQuit = new StandInEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    const willQuit = new StandInEvent();
    this.emit('will-quit', willQuit);
    if (!willQuit.defaultPrevented) this.emit('quit', new StandInEvent(), 0);
  }

  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return !this.otherCopyRunning;
  }

  /** What Electron tells the first copy when a second one starts (and quits, lockless). */
  startSecondCopy(argv: string[] = ['m365-desk']): void {
    this.emit('second-instance', new StandInEvent(), argv, process.cwd(), {});
  }
}

export const app = new AppStandIn();
