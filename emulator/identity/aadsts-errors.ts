import { randomUUID } from 'node:crypto';

import { aadstsCodes } from './aadsts-codes.js';
import type { AadstsDefinition } from './aadsts-codes.js';

export { aadstsCodes };

/** An AADSTS code the emulator knows. */
export type AadstsCode = keyof typeof aadstsCodes;

/** Entra's OAuth error body as it appears on the wire. */
export interface AadstsErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
}

/** A protocol failure carrying everything needed to answer like Entra. */
export class AadstsError extends Error {
  constructor(
    readonly code: AadstsCode,
    readonly details: Record<string, string> = {},
  ) {
    super(`AADSTS${code}: ${fillTemplate(aadstsCodes[code].message, details)}`);
  }

  /** HTTP status Entra uses for this code. */
  get status(): number {
    return aadstsCodes[this.code].status;
  }

  /** The JSON body; `baseUrl` builds `error_uri` against the emulator like Entra's own host. */
  toBody(baseUrl: string, correlationId: string = randomUUID()): AadstsErrorBody {
    const def: AadstsDefinition = aadstsCodes[this.code];
    const now = new Date();
    const timestamp = now
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    const traceId = randomUUID();
    const body: AadstsErrorBody = {
      error: def.error,
      error_description: `${this.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [this.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${baseUrl}/error?code=${this.code}`,
    };
    if (def.suberror) body.suberror = def.suberror;
    return body;
  }
}

function fillTemplate(template: string, details: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => details[name] ?? whole);
}
