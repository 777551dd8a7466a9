import type { GrantStateFile } from '../store/grant-state-file.js';

/**
 * One oauth2PermissionGrant: delegated consent for one client on one resource, either by one
 * user (`Principal`) or by an administrator for everyone in the tenant (`AllPrincipals`).
 */
export interface ConsentGrantRecord {
  /** Absent in files written before tenant-wide grants existed; those were all `Principal`. */
  consentType?: 'Principal' | 'AllPrincipals';
  /** The consenting user; absent for `AllPrincipals`. */
  userId?: string;
  clientId: string;
  /** App id of the resource's service principal. */
  resourceAppId: string;
  scopes: string[];
}

/** Per-user and tenant-wide grants of scopes, persisted in `grants.json`. */
export class ConsentGrants {
  constructor(private readonly file: GrantStateFile) {}

  /**
   * The scopes the user may use with the client on the resource: their own grant plus the
   * tenant-wide one, as Entra honours both when issuing tokens.
   */
  granted(userId: string, clientId: string, resourceAppId: string): string[] {
    const scopes = [
      ...(this.findUser(userId, clientId, resourceAppId)?.scopes ?? []),
      ...(this.findTenantWide(clientId, resourceAppId)?.scopes ?? []),
    ];
    return dedupe(scopes);
  }

  /**
   * Records a user's consent. Consent is cumulative (incremental consent); scopes already
   * covered, by the user or tenant-wide, are not recorded again, because Entra only asks for
   * what is missing, so a later tenant-wide revocation is not masked by a user grant.
   */
  grant(userId: string, clientId: string, resourceAppId: string, scopes: readonly string[]): void {
    const have = lowerSet(this.granted(userId, clientId, resourceAppId));
    const added = dedupe(scopes.filter((s) => !have.has(s.toLowerCase())));
    if (added.length === 0) return;
    let record = this.findUser(userId, clientId, resourceAppId);
    if (!record) {
      record = {
        consentType: 'Principal',
        userId,
        clientId: clientId.toLowerCase(),
        resourceAppId,
        scopes: [],
      };
      this.file.state.consentGrants.push(record);
    }
    record.scopes.push(...added);
    this.file.save();
  }

  /** Whether any tenant-wide grant exists for the client (even one emptied by revocation). */
  hasTenantWideGrants(clientId: string): boolean {
    const client = clientId.toLowerCase();
    return this.file.state.consentGrants.some(
      (g) => g.consentType === 'AllPrincipals' && g.clientId === client,
    );
  }

  /** Sets the tenant-wide grant for the client on a resource to exactly `scopes`. */
  setTenantWide(clientId: string, resourceAppId: string, scopes: readonly string[]): void {
    this.setExactly(
      this.findTenantWide(clientId, resourceAppId),
      { consentType: 'AllPrincipals', clientId: clientId.toLowerCase(), resourceAppId },
      scopes,
    );
  }

  /** Removes one scope from the tenant-wide grant; false when it was not granted. */
  revokeTenantWide(clientId: string, resourceAppId: string, scope: string): boolean {
    const record = this.findTenantWide(clientId, resourceAppId);
    const before = record?.scopes.length ?? 0;
    if (!record) return false;
    record.scopes = record.scopes.filter((s) => s.toLowerCase() !== scope.toLowerCase());
    if (record.scopes.length === before) return false;
    this.file.save();
    return true;
  }

  /** Every grant, per-user and tenant-wide, as stored (read-only view for Graph listings). */
  all(): readonly ConsentGrantRecord[] {
    return this.file.state.consentGrants;
  }

  /** Finds the grant of one client on one resource, tenant-wide or for one user. */
  find(clientId: string, resourceAppId: string, userId?: string): ConsentGrantRecord | undefined {
    return userId === undefined
      ? this.findTenantWide(clientId, resourceAppId)
      : this.findUser(userId, clientId, resourceAppId);
  }

  /** Sets a user's grant for the client on a resource to exactly `scopes`. */
  setForUser(userId: string, clientId: string, resourceAppId: string, scopes: readonly string[]) {
    this.setExactly(
      this.findUser(userId, clientId, resourceAppId),
      { consentType: 'Principal', userId, clientId: clientId.toLowerCase(), resourceAppId },
      scopes,
    );
  }

  /** Deletes one grant record (Graph `DELETE /oauth2PermissionGrants/{id}`). */
  remove(record: ConsentGrantRecord): void {
    this.file.state.consentGrants = this.file.state.consentGrants.filter((g) => g !== record);
    this.file.save();
  }

  /** Drops every grant of the client, per-user and tenant-wide. */
  clearClient(clientId: string): void {
    const client = clientId.toLowerCase();
    this.file.state.consentGrants = this.file.state.consentGrants.filter(
      (g) => g.clientId !== client,
    );
    this.file.save();
  }

  private setExactly(
    record: ConsentGrantRecord | undefined,
    key: Omit<ConsentGrantRecord, 'scopes'>,
    scopes: readonly string[],
  ): void {
    if (record) record.scopes = dedupe(scopes);
    else this.file.state.consentGrants.push({ ...key, scopes: dedupe(scopes) });
    this.file.save();
  }

  private findUser(userId: string, clientId: string, resourceAppId: string) {
    const client = clientId.toLowerCase();
    return this.file.state.consentGrants.find(
      (g) =>
        g.consentType !== 'AllPrincipals' &&
        g.userId === userId &&
        g.clientId === client &&
        g.resourceAppId === resourceAppId,
    );
  }

  private findTenantWide(clientId: string, resourceAppId: string) {
    const client = clientId.toLowerCase();
    return this.file.state.consentGrants.find(
      (g) =>
        g.consentType === 'AllPrincipals' &&
        g.clientId === client &&
        g.resourceAppId === resourceAppId,
    );
  }
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.toLowerCase()));
}

/** Keeps the first spelling of each scope (case-insensitive). */
function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
