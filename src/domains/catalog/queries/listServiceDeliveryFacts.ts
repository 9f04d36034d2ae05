import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { CHANNEL_KINDS } from '../schemas.js';

type ChannelKind = (typeof CHANNEL_KINDS)[number];
import { chunks } from './chunks.js';

/** What the results framework needs of a service: its partner, what each channel costs, its standards. */
export interface ServiceDeliveryFacts {
  id: string;
  organization_id: string;
  name: LocalizedText;
  /** Unit cost of one transaction by channel kind, in dollars, where the partner gave one. */
  unitCosts: Partial<Record<ChannelKind, number>>;
  standards: {
    id: string;
    name: LocalizedText;
    channel_kind: ChannelKind | null;
    threshold_value: number | null;
    threshold_unit: string | null;
    target: number | null;
  }[];
}

/** The delivery facts of these services (unknown ids are left out). */
export async function listServiceDeliveryFacts(
  db: Db | Tx,
  serviceIds: readonly string[],
): Promise<Map<string, ServiceDeliveryFacts>> {
  const out = new Map<string, ServiceDeliveryFacts>();
  for (const ids of chunks([...new Set(serviceIds)])) {
    const [services, channels, standards] = await Promise.all([
      db.selectFrom('service').select(['id', 'organization_id', 'name']).where('id', 'in', ids).execute(),
      db
        .selectFrom('service_channel')
        .select(['service_id', 'kind', 'unit_cost'])
        .where('service_id', 'in', ids)
        .where('unit_cost', 'is not', null)
        .execute(),
      db
        .selectFrom('service_standard')
        .select(['id', 'service_id', 'name', 'channel_kind', 'threshold_value', 'threshold_unit', 'target'])
        .where('service_id', 'in', ids)
        .orderBy('id')
        .execute(),
    ]);
    for (const service of services)
      out.set(service.id, {
        id: service.id,
        organization_id: service.organization_id,
        name: service.name as LocalizedText,
        unitCosts: {},
        standards: [],
      });
    for (const channel of channels) {
      const facts = out.get(channel.service_id);
      // The cheapest when a service lists a channel kind twice: one transaction is served once.
      if (facts && channel.unit_cost !== null)
        facts.unitCosts[channel.kind] = Math.min(
          facts.unitCosts[channel.kind] ?? Infinity,
          Number(channel.unit_cost),
        );
    }
    for (const { service_id, ...standard } of standards)
      out.get(service_id)?.standards.push({
        ...standard,
        name: standard.name as LocalizedText,
        threshold_value: standard.threshold_value === null ? null : Number(standard.threshold_value),
        target: standard.target === null ? null : Number(standard.target),
      });
  }
  return out;
}
