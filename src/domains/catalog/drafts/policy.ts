/**
 * Who may do what with partners' records (README "Drafts"): a partner administrator or editor acts
 * for the records of the organisations they hold that role in, a platform administrator for any, and
 * nobody else for none. Every draft command and query asks here; no screen decides it.
 */
import {
  actsFor,
  isPlatformAdmin,
  organizationsWith,
  requireThat,
  type Actor,
} from '../../../platform/auth/index.js';
import type { RecordKind } from './schemas.js';

const PARTNER_ROLES = ['partner_admin', 'partner_editor'] as const;

/** What a person does to a record; the denial is logged as `<kind>.<action>`. */
export type RecordAction = 'edit' | 'publish' | 'discard' | 'verify';

/** The audit action a denial is logged under: discarding is part of editing. */
const DENIAL_ACTION: Record<RecordAction, string> = {
  edit: 'edit',
  publish: 'publish',
  discard: 'edit',
  verify: 'verify',
};

/** The organisations whose records the person edits (every one when `all`). */
export function editableOrganizations(actor: Actor): { all: boolean; ids: string[] } {
  return { all: isPlatformAdmin(actor), ids: organizationsWith(actor, PARTNER_ROLES) };
}

/** Whether the person edits any record at all (the back office shows the records section then). */
export function mayEditRecords(actor: Actor): boolean {
  const { all, ids } = editableOrganizations(actor);
  return all || ids.length > 0;
}

/**
 * Whether the person may act on a record owned by this organisation. A location without an owning
 * organisation is the platform's.
 */
export function mayActOnRecord(actor: Actor, organizationId: string | null): boolean {
  return organizationId ? actsFor(actor, organizationId) : isPlatformAdmin(actor);
}

export function requireRecordEditor(
  actor: Actor,
  kind: RecordKind,
  record: { id: string; organization_id: string | null },
  action: RecordAction,
): void {
  requireThat(
    actor,
    mayActOnRecord(actor, record.organization_id),
    `${kind}.${DENIAL_ACTION[action]}`,
    { entity_type: kind, entity_id: record.id, organization_id: record.organization_id },
    'not an administrator or editor of the organisation that owns this record',
  );
}

export function requireRecordList(actor: Actor): void {
  requireThat(
    actor,
    mayEditRecords(actor),
    'catalog.records.list',
    { entity_type: 'catalog' },
    'not a partner administrator or editor',
  );
}
