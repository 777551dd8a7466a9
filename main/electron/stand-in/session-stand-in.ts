/**
 * `session`: the default session and partitions, recording the handlers the shell installs so a
 * test can call them as Chromium would (a permission request, a certificate to verify).
 */
import type { Session } from 'electron';

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type CertificateVerifyProc = Parameters<Session['setCertificateVerifyProc']>[0];
type ProxyConfig = Parameters<Session['setProxy']>[0];
type PartitionOptions = Electron.FromPartitionOptions;

export class SessionStandIn implements Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setCertificateVerifyProc'
  | 'setProxy'
> {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  certificateVerifyProc: CertificateVerifyProc = null;
  proxy: ProxyConfig | undefined;

  constructor(
    /** `''` for the default session. */
    readonly partition: string,
    readonly options?: PartitionOptions,
  ) {}

  /** Electron keeps a partition on disk only when its name starts with `persist:`. */
  get persistent(): boolean {
    return this.partition === '' || this.partition.startsWith('persist:');
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  setCertificateVerifyProc(proc: CertificateVerifyProc): void {
    this.certificateVerifyProc = proc;
  }

  async setProxy(config: ProxyConfig): Promise<void> {
    this.proxy = config;
  }
}

const partitions = new Map<string, SessionStandIn>();

export const session = {
  defaultSession: new SessionStandIn(''),
  /** The same name gives the same session, as in Electron. */
  fromPartition(partition: string, options?: PartitionOptions): SessionStandIn {
    const existing = partitions.get(partition);
    if (existing) return existing;
    const created = new SessionStandIn(partition, options);
    partitions.set(partition, created);
    return created;
  },
  partitions,
};
