import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { CHANNEL_KINDS } from '../schemas.js';

type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface ServiceChannelKinds {
  id: string;
  organization_id: string;
  /** The kinds of channel the service is offered on, each once, sorted. */
  channels: ChannelKind[];
}

/**
 * Every service that offers at least one channel, with its owner and its channels' kinds: what the
 * activity generator needs, in one statement, without loading whole records. Ordered by id.
 */
export async function listServiceChannelKinds(db: Db | Tx): Promise<ServiceChannelKinds[]> {
  const rows = await db
    .selectFrom('service')
    .innerJoin('service_channel', 'service_channel.service_id', 'service.id')
    .select([
      'service.id',
      'service.organization_id',
      sql<ChannelKind[]>`array_agg(DISTINCT service_channel.kind ORDER BY service_channel.kind)`.as(
        'channels',
      ),
    ])
    .groupBy(['service.id', 'service.organization_id'])
    .orderBy('service.id')
    .execute();
  return rows.map((row) => ({ id: row.id, organization_id: row.organization_id, channels: row.channels }));
}
