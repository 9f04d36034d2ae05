/** The live record's bookkeeping row and the draft row: the drafts' reads and locks. */
import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { DraftContent, RecordKind } from './schemas.js';

type Conn = Db | Tx;

export interface LiveRow {
  id: string;
  organization_id: string | null;
  version: number;
  source: string | null;
  updated_at: Date;
  last_published_at: Date | null;
  last_published_by_name: string | null;
  last_verified_at: Date | null;
  last_verified_by_name: string | null;
}

/** The live record's bookkeeping row, locked for the rest of the transaction when `lock` is set. */
export async function findLiveRow(db: Conn, kind: RecordKind, id: string, lock = false): Promise<LiveRow> {
  const columns = [
    'id',
    'organization_id',
    'version',
    'updated_at',
    'last_published_at',
    'last_published_by_name',
    'last_verified_at',
    'last_verified_by_name',
  ] as const;
  let row: LiveRow | undefined;
  if (kind === 'service') {
    let query = db
      .selectFrom('service')
      .select([...columns, 'source'])
      .where('id', '=', id);
    if (lock) query = query.forUpdate();
    row = await query.executeTakeFirst();
  } else {
    let query = db.selectFrom('location').select(columns).where('id', '=', id);
    if (lock) query = query.forUpdate();
    const found = await query.executeTakeFirst();
    row = found && { ...found, source: null };
  }
  if (!row) throw new NotFoundError(kind, id);
  return row;
}

export interface DraftState {
  content: DraftContent;
  base_version: number;
  revision: number;
  created_by_name: string;
  created_at: Date;
  updated_by: string;
  updated_by_name: string;
  updated_at: Date;
}

export async function findDraft(db: Conn, kind: RecordKind, id: string): Promise<DraftState | undefined> {
  const row = await db
    .selectFrom('catalog_draft')
    .select([
      'content',
      'base_version',
      'revision',
      'created_by_name',
      'created_at',
      'updated_by',
      'updated_by_name',
      'updated_at',
    ])
    .where('entity_type', '=', kind)
    .where('entity_id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const content = typeof row.content === 'string' ? JSON.parse(row.content) : row.content;
  return { ...row, content: content as DraftContent };
}
/** Who last changed the live record: its publisher when the last change was a publication, else unknown (an import). */
export function lastChange(row: LiveRow): { by: string | null; at: string } {
  const published =
    row.last_published_at && Math.abs(row.last_published_at.getTime() - row.updated_at.getTime()) < 1000;
  return { by: published ? row.last_published_by_name : null, at: row.updated_at.toISOString() };
}
