import type { GrantStateFile } from '../store/grant-state-file.js';

/** Delegated consent one user gave one client for one resource (an oauth2PermissionGrant). */
export interface ConsentGrantRecord {
  userId: string;
  clientId: string;
  /** App id of the resource's service principal. */
  resourceAppId: string;
  scopes: string[];
}

/** Per user, per client, per resource sets of granted scopes, persisted in `grants.json`. */
export class ConsentGrants {
  constructor(private readonly file: GrantStateFile) {}

  /** The scopes currently granted (canonical spelling), empty when nothing was consented. */
  granted(userId: string, clientId: string, resourceAppId: string): string[] {
    return [...(this.find(userId, clientId, resourceAppId)?.scopes ?? [])];
  }

  /** Adds scopes to the grant (consent is cumulative, like Entra's incremental consent). */
  grant(userId: string, clientId: string, resourceAppId: string, scopes: readonly string[]): void {
    let record = this.find(userId, clientId, resourceAppId);
    if (!record) {
      record = { userId, clientId: clientId.toLowerCase(), resourceAppId, scopes: [] };
      this.file.state.consentGrants.push(record);
    }
    const have = new Set(record.scopes.map((s) => s.toLowerCase()));
    const added = scopes.filter((s) => !have.has(s.toLowerCase()));
    if (added.length === 0) return;
    record.scopes.push(...added);
    this.file.save();
  }

  /** Which of `scopes` the user has not consented to (case-insensitive); empty means all granted. */
  missing(
    userId: string,
    clientId: string,
    resourceAppId: string,
    scopes: readonly string[],
  ): string[] {
    const have = new Set(this.granted(userId, clientId, resourceAppId).map((s) => s.toLowerCase()));
    return scopes.filter((s) => !have.has(s.toLowerCase()));
  }

  private find(userId: string, clientId: string, resourceAppId: string) {
    const client = clientId.toLowerCase();
    return this.file.state.consentGrants.find(
      (g) => g.userId === userId && g.clientId === client && g.resourceAppId === resourceAppId,
    );
  }
}
