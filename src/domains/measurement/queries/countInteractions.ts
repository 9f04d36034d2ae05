import type { Db } from '../../../platform/db/index.js';
import type { InteractionChannel, InteractionKind } from '../../../platform/db/schema.js';

export interface InteractionCount {
  channel: InteractionChannel;
  kind: InteractionKind;
  count: number;
}

/** Interactions counted by channel and kind, optionally for one service or since a time. */
export async function countInteractions(
  db: Db,
  filter: { service_id?: string; since?: Date } = {},
): Promise<InteractionCount[]> {
  let query = db
    .selectFrom('interaction')
    .select(['channel', 'kind', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['channel', 'kind'])
    .orderBy('channel')
    .orderBy('kind');
  if (filter.service_id) query = query.where('service_id', '=', filter.service_id);
  if (filter.since) query = query.where('occurred_at', '>=', filter.since);
  return query.execute();
}
