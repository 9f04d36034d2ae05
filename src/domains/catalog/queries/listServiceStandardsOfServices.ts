import type { Db, Tx } from '../../../platform/db/index.js';
import type { ServiceStandardInput } from '../schemas.js';
import { chunks } from './chunks.js';

/** The service standards of these services that came from one source, as input, by service. */
export async function listServiceStandardsOfServices(
  db: Db | Tx,
  serviceIds: readonly string[],
  source: string,
): Promise<Map<string, ServiceStandardInput[]>> {
  const out = new Map<string, ServiceStandardInput[]>();
  for (const ids of chunks([...new Set(serviceIds)])) {
    const rows = await db
      .selectFrom('service_standard')
      .select([
        'id',
        'service_id',
        'channel_kind',
        'name',
        'description',
        'standard_type',
        'threshold_value',
        'threshold_unit',
        'target',
        'url',
        'external_id',
      ])
      .where('service_id', 'in', ids)
      .where('source', '=', source)
      .execute();
    for (const { service_id, ...standard } of rows) {
      const list = out.get(service_id) ?? [];
      list.push(standard);
      out.set(service_id, list);
    }
  }
  return out;
}
