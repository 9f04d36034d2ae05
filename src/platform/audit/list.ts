/** Reading the audit log: filtered, newest first, paged by id (keyset), for the audit view and its CSV. */
import { sql } from 'kysely';
import type { Db, Tx } from '../db/transaction.js';

/** The audit view's time zone: the platform's operations run on Eastern time. */
export const AUDIT_TIME_ZONE = 'America/Toronto';

/** The longest text each filter keeps (longer is cut, not refused: a filter only narrows a search). */
export const AUDIT_FILTER_LIMITS = { actor: 200, action: 100, entity_type: 100 } as const;

export interface AuditFilters {
  /** An actor id, or part of a signed-in person's name. */
  actor?: string | undefined;
  action?: string | undefined;
  entity_type?: string | undefined;
  /** Calendar dates (YYYY-MM-DD) in AUDIT_TIME_ZONE, both days included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditRow {
  id: number;
  occurred_at: Date;
  actor: string;
  /** The person's name when the actor is a user account. */
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  organization_id: string | null;
  detail: unknown;
}

export interface AuditPage {
  entries: AuditRow[];
  /** The id to pass as `before` for the next (older) page; undefined on the last page. */
  nextBefore: number | undefined;
}

/** The UTC instant at which a calendar day begins in a time zone (handles daylight saving). */
export function startOfDayIn(isoDate: string, timeZone = AUDIT_TIME_ZONE): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  const offsetAt = (instant: Date) => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  // The offset at the zone's own midnight can differ from the offset at UTC midnight by a DST change.
  const first = new Date(utcMidnight.getTime() - offsetAt(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - offsetAt(first) * 60_000);
}

const nextDay = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Audit rows matching the filters, newest first, `limit` at a time, older than `before` when given. */
export async function listAuditEntries(
  db: Db | Tx,
  filters: AuditFilters,
  page: { before?: number | undefined; limit: number },
): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .select([
      'id',
      'occurred_at',
      'actor',
      'action',
      'entity_type',
      'entity_id',
      'organization_id',
      'detail',
    ]);
  const actor = filters.actor?.trim();
  if (actor) {
    query = query.where((eb) =>
      eb.or([
        eb('actor', '=', actor),
        eb(
          'actor',
          'in',
          eb
            .selectFrom('user_account')
            .select(sql<string>`user_account.id::text`.as('id'))
            .where('user_account.name', 'ilike', `%${actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
        ),
      ]),
    );
  }
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.entity_type) query = query.where('entity_type', '=', filters.entity_type);
  if (filters.from) query = query.where('occurred_at', '>=', startOfDayIn(filters.from));
  if (filters.to) query = query.where('occurred_at', '<', startOfDayIn(nextDay(filters.to)));
  if (page.before !== undefined) query = query.where('id', '<', page.before);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  const userIds = [...new Set(kept.map((row) => row.actor).filter((id) => UUID.test(id)))];
  const names = new Map(
    userIds.length
      ? (await db.selectFrom('user_account').select(['id', 'name']).where('id', 'in', userIds).execute()).map(
          (user) => [user.id, user.name],
        )
      : [],
  );
  return {
    entries: kept.map((row) => ({
      ...row,
      id: Number(row.id),
      occurred_at: new Date(row.occurred_at),
      actor_name: names.get(row.actor) ?? null,
      detail: typeof row.detail === 'string' ? (JSON.parse(row.detail) as unknown) : row.detail,
    })),
    nextBefore: more ? Number(kept.at(-1)!.id) : undefined,
  };
}

/** The actions and entity types that occur in the log, for the view's filter choices. */
export async function listAuditVocabulary(
  db: Db | Tx,
): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    distinctValues(db, 'action'),
    distinctValues(db, 'entity_type'),
  ]);
  return { actions, entityTypes };
}

/**
 * The distinct values of a column, by skipping through its index from one value to the next: a few
 * dozen index probes, where DISTINCT would read every row of the trail.
 */
async function distinctValues(db: Db | Tx, column: 'action' | 'entity_type'): Promise<string[]> {
  const col = sql.ref(column);
  const result = await sql<{ value: string }>`
    WITH RECURSIVE walk(value) AS (
      (SELECT ${col} FROM audit_log ORDER BY ${col} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${col} FROM audit_log WHERE ${col} > walk.value ORDER BY ${col} LIMIT 1)
      FROM walk WHERE walk.value IS NOT NULL
    )
    SELECT value FROM walk WHERE value IS NOT NULL`.execute(db);
  return result.rows.map((row) => row.value);
}
