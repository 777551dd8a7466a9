/**
 * `session`: the default session and partitions, recording the handlers the shell installs so a
 * test can call them as Chromium would (a permission request, a certificate to verify).
 */
import type { Certificate, Request, Session, WebContents } from 'electron';
import { app } from './app-stand-in';

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type CertificateVerifyProc = Parameters<Session['setCertificateVerifyProc']>[0];
type ProxyConfig = Parameters<Session['setProxy']>[0];
type PartitionOptions = Electron.FromPartitionOptions;
export type Permission = Parameters<NonNullable<PermissionRequestHandler>>[1];

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

  /**
   * A page of `requestingUrl` asking for `permission`: what the shell's handler answered at
   * once, or `undefined` with no handler (Electron then grants most permissions).
   */
  requestPermission(permission: Permission, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined;
    const details = { requestingUrl, isMainFrame: true };
    // The shell's handlers answer without looking at the contents; Electron passes the page's.
    const contents = null as unknown as WebContents;
    this.permissionRequestHandler?.(contents, permission, (answer) => (granted = answer), details);
    return granted;
  }

  /** A page of `origin` checking `permission` (`navigator.permissions`, device APIs). */
  checkPermission(permission: Permission, origin: string): boolean | undefined {
    const details = { requestingUrl: `${origin}/`, isMainFrame: true };
    return this.permissionCheckHandler?.(null, permission, origin, details);
  }

  /**
   * Chromium asking about the server certificate (PEM) `hostname` showed: the verdict the
   * shell's proc gave at once (0 trust, -2 refuse, -3 Chromium's own), or `undefined` with none.
   */
  verifyCertificate(hostname: string, certificatePem: string): number | undefined {
    let verdict: number | undefined;
    const certificate = { data: certificatePem } as Certificate;
    const request: Request = {
      hostname,
      certificate,
      validatedCertificate: certificate,
      isIssuedByKnownRoot: false,
      // A private CA's certificate is what Chromium itself cannot verify.
      verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID',
      errorCode: -202,
    };
    this.certificateVerifyProc?.(request, (result) => (verdict = result));
    return verdict;
  }
}

const partitions = new Map<string, SessionStandIn>();

export const session = {
  defaultSession: new SessionStandIn(''),
  /** The same name gives the same session, as in Electron; a new one fires `session-created`. */
  fromPartition(partition: string, options?: PartitionOptions): SessionStandIn {
    const existing = partitions.get(partition);
    if (existing) return existing;
    const created = new SessionStandIn(partition, options);
    partitions.set(partition, created);
    app.emit('session-created', created);
    return created;
  },
  partitions,
};
