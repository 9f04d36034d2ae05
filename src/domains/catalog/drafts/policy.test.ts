import { describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor, type RoleGrant } from '../../../platform/auth/index.js';
import { mayActOnRecord, mayEditRecords, requireRecordEditor, requireRecordList } from './policy.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG = '00000000-0000-4000-8000-000000000002';
const person = (...grants: Partial<RoleGrant>[]): Actor => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  kind: 'user',
  name: 'Pat',
  grants: grants.map((g) => ({ role: 'analyst', organizationId: null, partnershipId: null, ...g })),
});

describe('drafts policy', () => {
  const editor = person({ role: 'partner_editor', organizationId: ORG });
  const admin = person({ role: 'platform_admin' });
  const analyst = person({ role: 'analyst' });

  it('lets a partner act on their own organisation’s records only', () => {
    expect(mayActOnRecord(editor, ORG)).toBe(true);
    expect(mayActOnRecord(editor, OTHER_ORG)).toBe(false);
    expect(() =>
      requireRecordEditor(editor, 'service', { id: 's', organization_id: OTHER_ORG }, 'publish'),
    ).toThrow(AccessDeniedError);
  });

  it('keeps a location without an organisation for platform administrators', () => {
    expect(mayActOnRecord(editor, null)).toBe(false);
    expect(mayActOnRecord(admin, null)).toBe(true);
  });

  it('logs a refused discard as an edit', () => {
    try {
      requireRecordEditor(analyst, 'location', { id: 'l', organization_id: ORG }, 'discard');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AccessDeniedError);
      expect(error).toMatchObject({ action: 'location.edit' });
    }
  });

  it('shows the record list to editors and platform administrators, not to analysts', () => {
    expect(mayEditRecords(editor)).toBe(true);
    expect(mayEditRecords(admin)).toBe(true);
    expect(mayEditRecords(analyst)).toBe(false);
    expect(() => requireRecordList(analyst)).toThrow(AccessDeniedError);
  });
});
