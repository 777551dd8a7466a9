/**
 * Where each cloud's identity platform and service endpoints live. One catalog serves the
 * whole app: MSAL's authority, the probes and the panels all read from here.
 */
import type { CloudId } from '../../preload/contract';

export interface ResourceEndpoint {
  /** The token audience, e.g. `https://graph.microsoft.com`. Scopes are written against it. */
  audience: string;
  /** Where requests go, e.g. `https://graph.microsoft.com` (or the sandbox's loopback path). */
  baseUrl: string;
}

export interface CloudEndpoints {
  id: CloudId;
  label: string;
  /** `https://login.microsoftonline.com`, or the sandbox emulator's origin. */
  authorityHost: string;
  graph: ResourceEndpoint;
  /** PEM of a private CA to trust for this cloud's origins only (the sandbox's). */
  caPem?: string;
}

export const publicCloud: CloudEndpoints = {
  id: 'public',
  label: 'Microsoft 365 (worldwide)',
  authorityHost: 'https://login.microsoftonline.com',
  graph: { audience: 'https://graph.microsoft.com', baseUrl: 'https://graph.microsoft.com' },
};

/** What the sandbox emulator reports when it is ready (a subset of its ready line). */
export interface SandboxReadyInfo {
  url: string;
  caFile: string;
  tenantId: string;
  tenantDomain: string;
  publicClientId: string;
  resources: { graph: ResourceEndpoint };
}

/** The sandbox tenant's endpoints, built from the running emulator's ready information. */
export function sandboxCloud(info: SandboxReadyInfo, caPem: string): CloudEndpoints {
  return {
    id: 'sandbox',
    label: 'Sandbox tenant (offline)',
    authorityHost: info.url,
    graph: { ...info.resources.graph },
    caPem,
  };
}
