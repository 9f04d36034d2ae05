import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';

/**
 * Of the public services (of one organisation, or all), how many are not among `inside` — for the
 * results framework, the services in no cluster — with the first few of them by name.
 */
export async function countServicesOutside(
  db: Db | Tx,
  input: { inside: readonly string[]; organizationId?: string | undefined; examples?: number },
): Promise<{ services: number; outside: number; examples: { id: string; name: LocalizedText }[] }> {
  const inside = sql`${JSON.stringify([...new Set(input.inside)])}::jsonb`;
  const scoped = sql`translation_pending = false ${
    input.organizationId ? sql`and organization_id = ${input.organizationId}` : sql``
  }`;
  const outsideOnly = sql`not (${inside} ? id)`;
  const [counts, examples] = await Promise.all([
    sql<{ services: number; outside: number }>`
      select count(*) as services, count(*) filter (where ${outsideOnly}) as outside
        from service where ${scoped}`.execute(db),
    sql<{ id: string; name: LocalizedText }>`
      select id, name from service where ${scoped} and ${outsideOnly}
       order by name->>'en', id limit ${input.examples ?? 10}`.execute(db),
  ]);
  const row = counts.rows[0];
  return {
    services: Number(row?.services ?? 0),
    outside: Number(row?.outside ?? 0),
    examples: examples.rows.map((example) => ({ id: example.id, name: example.name })),
  };
}
