import { sql } from 'kysely';
import type { Actor } from '../../../../platform/auth/index.js';
import type { Db, Tx } from '../../../../platform/db/index.js';
import type { LocalizedText } from '../../../../platform/i18n/index.js';
import { editableOrganizations, requireRecordList } from '../policy.js';
import type { RecordKind } from '../schemas.js';

export interface EditableRecord {
  kind: RecordKind;
  id: string;
  name: LocalizedText | null;
  organization_id: string | null;
  organization_name: LocalizedText | null;
  version: number;
  translation_pending: boolean;
  /** The draft waiting to be published, if any. */
  draft: { revision: number; updated_at: Date; updated_by_name: string } | null;
  last_verified: { at: Date; by: string | null } | null;
  assured_date: string | null;
}

export interface EditableRecords {
  records: EditableRecord[];
  /** More records than `limit` of a kind: a platform administrator sees the first ones only. */
  truncated: boolean;
}

/**
 * The services and locations the actor may edit: those of the organisations they administer or edit
 * for (every one for a platform administrator), with their draft state and when they were last verified.
 */
export async function listEditableRecords(
  db: Db | Tx,
  actor: Actor,
  options: { limit?: number } = {},
): Promise<EditableRecords> {
  requireRecordList(actor);
  const { all: admin, ids: organizations } = editableOrganizations(actor);
  const limit = Math.max(1, Math.min(options.limit ?? 1000, 5000));
  const records: EditableRecord[] = [];
  let truncated = false;
  for (const kind of ['service', 'location'] as const) {
    let query = db
      .selectFrom(kind)
      .leftJoin('organization', 'organization.id', `${kind}.organization_id`)
      .leftJoin('catalog_draft', (join) =>
        join.onRef('catalog_draft.entity_id', '=', `${kind}.id`).on('catalog_draft.entity_type', '=', kind),
      )
      .select([
        `${kind}.id as id`,
        `${kind}.name as name`,
        `${kind}.organization_id as organization_id`,
        'organization.name as organization_name',
        `${kind}.version as version`,
        `${kind}.translation_pending as translation_pending`,
        `${kind}.last_verified_at as last_verified_at`,
        `${kind}.last_verified_by_name as last_verified_by_name`,
        `${kind}.assured_date as assured_date`,
        'catalog_draft.revision as draft_revision',
        'catalog_draft.updated_at as draft_updated_at',
        'catalog_draft.updated_by_name as draft_updated_by_name',
      ])
      .orderBy(sql`${sql.ref(`${kind}.name`)}->>'en'`)
      .orderBy(`${kind}.id`)
      .limit(limit + 1);
    if (!admin) query = query.where(`${kind}.organization_id`, 'in', organizations);
    const rows = await query.execute();
    if (rows.length > limit) truncated = true;
    for (const row of rows.slice(0, limit)) {
      records.push({
        kind,
        id: row.id,
        name: (row.name as LocalizedText | null) ?? null,
        organization_id: row.organization_id,
        organization_name: (row.organization_name as LocalizedText | null) ?? null,
        version: row.version,
        translation_pending: row.translation_pending,
        draft:
          row.draft_revision !== null && row.draft_updated_at !== null
            ? {
                revision: row.draft_revision,
                updated_at: new Date(row.draft_updated_at),
                updated_by_name: row.draft_updated_by_name ?? '',
              }
            : null,
        last_verified: row.last_verified_at
          ? { at: new Date(row.last_verified_at), by: row.last_verified_by_name }
          : null,
        assured_date: row.assured_date,
      });
    }
  }
  return { records, truncated };
}
