/**
 * Issue 18: before a permission is granted (the consent walkthrough, the app setup's Choose
 * step), what it would let this person do, from their roles, or the app alone, tenant-wide.
 */
import { describe, expect, it } from 'vitest';
import { previewPermissions } from './permission-preview';

const asked = [
  { value: 'Directory.ReadWrite.All', type: 'delegated' },
  { value: 'AllSites.FullControl', type: 'delegated' },
  { value: 'ActivityFeed.Read', type: 'delegated' },
  { value: 'Sites.FullControl.All', type: 'application' },
] as const;

/** Each permission as "action: allowed" pairs, or "tenant-wide" for the app alone. */
const shape = (roles: readonly string[] | undefined) =>
  previewPermissions(asked, roles).map((p) =>
    p.tenantWide ? [p.permission, 'tenant-wide'] : [p.permission, p.parts.map((x) => x.allowed)],
  );

describe('what permissions not yet granted would let this person do', () => {
  it('as a Global Administrator: every part', () => {
    expect(shape(['Global Administrator'])).toEqual([
      ['Directory.ReadWrite.All', [true, true, true]],
      ['AllSites.FullControl', [true, true]],
      ['ActivityFeed.Read', [true]],
      ['Sites.FullControl.All', 'tenant-wide'],
    ]);
  });

  it('as a plain user: what members may, and which role would allow the rest', () => {
    const preview = previewPermissions(asked, []);
    expect(shape([])).toEqual([
      ['Directory.ReadWrite.All', [true, true, false]],
      ['AllSites.FullControl', [true, false]],
      ['ActivityFeed.Read', [false]],
      ['Sites.FullControl.All', 'tenant-wide'],
    ]);
    expect(preview[0]!.parts[2]).toEqual({
      action: 'change users',
      allowed: false,
      needs: 'the User Administrator or Global Administrator role',
    });
    expect(preview[1]!.parts[1]!.needs).toBe(
      'the SharePoint Administrator, Global Administrator or Global Reader role',
    );
  });

  it('for the app alone: tenant-wide, whatever roles the person holds', () => {
    for (const roles of [[], ['Global Administrator'], undefined]) {
      expect(previewPermissions([asked[3]], roles)).toEqual([
        { permission: 'Sites.FullControl.All', type: 'application', tenantWide: true, parts: [] },
      ]);
    }
  });

  it('with the roles unknown: what each part needs, and no verdict', () => {
    const [directory, , audit] = previewPermissions(asked, undefined);
    expect(directory!.parts).toEqual([
      { action: 'read the directory' },
      { action: 'change your own photo, mobile phone and “about me” details' },
      { action: 'change users', needs: 'the User Administrator or Global Administrator role' },
    ]);
    expect(audit!.parts[0]!.allowed).toBeUndefined();
    expect(audit!.parts[0]!.needs).toMatch(/^the Global Administrator or Security Administrator/);
  });

  it('claims nothing for a permission the table does not describe', () => {
    expect(
      previewPermissions([{ value: 'Mail.Send', type: 'delegated' }], ['Global Administrator']),
    ).toEqual([{ permission: 'Mail.Send', type: 'delegated', tenantWide: false, parts: [] }]);
  });
});
