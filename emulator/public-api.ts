/** Exactly the JSON of the emulator's ready line. */
export interface ReadyInfo {
  ready: true;
  /** `https://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Absolute path of the CA certificate (PEM) clients must trust. */
  caFile: string;
  tenantId: string;
  tenantDomain: string;
  publicClientId: string;
  users: { upn: string; password: string; displayName: string; roles: string[] }[];
  resources: { graph: { audience: string; baseUrl: string } };
}

/** One handled request, for tests that assert on protocol traffic. */
export interface RequestLogEntry {
  method: string;
  path: string;
  grantType?: string;
  clientId?: string;
  scope?: string;
  status: number;
}

/** Test and tooling hooks into a running emulator. */
export interface EmulatorControl {
  /** Every access/refresh/id token string issued so far (tests assert none leaked). */
  issuedTokens(): string[];
  /** Log of handled requests, oldest first. */
  requests(): RequestLogEntry[];
  /** Lifetime of access and id tokens issued from now on; default 3600. */
  setAccessTokenLifetime(seconds: number): void;
  /** Polling interval returned by `/devicecode` from now on. */
  setDeviceCodeInterval(seconds: number): void;
  /** Same as `POST /_emulator/device/approve`; false for an unknown code or user. */
  approveDeviceCode(userCode: string, upn: string): boolean;
  /** Revokes the user's refresh tokens; their next use fails with AADSTS50173. */
  revokeRefreshTokens(upn: string): void;
}

/** A started emulator. */
export interface RunningEmulator {
  info: ReadyInfo;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** Options for {@link startEmulator}. */
export interface StartEmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Directory for the CA, keys, seeded tenant and grants; created if missing. */
  dataDir: string;
  /** Initial device code polling interval; default 5 like Entra. */
  deviceCodeIntervalSeconds?: number;
}
