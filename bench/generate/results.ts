/**
 * The results bench's catalogue: departments, services with their channels' unit costs and time
 * standards, and clusters of ten services each, published and piloted, so the dashboard reads what a
 * real cluster has. Deterministic: the same counts make the same records.
 */
import { importCatalog, type OrganizationInput, type ServiceInput } from '../../src/domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../src/domains/clusters/index.js';
import { systemActor } from '../../src/platform/auth/index.js';
import type { Db } from '../../src/platform/db/index.js';
import { stableId } from '../../src/platform/ids/index.js';

const text = (en: string, fr: string) => ({ en, fr });
const CHANNELS = [
  { kind: 'web', delivery: 'self_serve', unit_cost: 3.1 },
  { kind: 'phone', delivery: 'serviced', unit_cost: 11.5 },
  { kind: 'walk_in', delivery: 'serviced', unit_cost: 28 },
  { kind: 'mail', delivery: 'serviced', unit_cost: 19.75 },
] as const;

export interface ResultsCatalogue {
  services: {
    id: string;
    organization_id: string;
    cluster_keys: string[];
    channels: ('web' | 'phone' | 'walk_in' | 'mail')[];
  }[];
  clusters: { key: string; serviceIds: string[] }[];
}

export async function loadResultsCatalogue(
  db: Db,
  counts: { services: number; organizations: number; clusters: number },
): Promise<ResultsCatalogue> {
  const organizations: OrganizationInput[] = Array.from({ length: counts.organizations }, (_, i) => ({
    id: stableId(`bench:results:org:${i}`),
    name: text(`Department ${i + 1}`, `Ministère ${i + 1}`),
    description: text('A generated department.', 'Un ministère généré.'),
  }));
  const services: ServiceInput[] = Array.from({ length: counts.services }, (_, i) => ({
    id: stableId(`bench:results:svc:${i}`),
    organization_id: organizations[i % counts.organizations]!.id,
    name: text(`Generated service ${i + 1}`, `Service généré ${i + 1}`),
    description: text('A generated service.', 'Un service généré.'),
    status: 'active',
    channels: CHANNELS.map((channel) => ({
      id: stableId(`bench:results:svc:${i}:${channel.kind}`),
      kind: channel.kind,
      delivery: channel.delivery,
      unit_cost: channel.unit_cost,
      ...(channel.kind === 'web'
        ? { url: text(`https://example.ca/${i}`, `https://example.ca/fr/${i}`) }
        : {}),
      ...(channel.kind === 'phone' ? { phone_number: '1-800-555-0100' } : {}),
      ...(channel.kind === 'mail' ? {} : {}),
    })),
    standards: [
      {
        id: stableId(`bench:results:svc:${i}:std:phone`),
        channel_kind: 'phone',
        name: text('Answer within 10 minutes', 'Répondre en 10 minutes'),
        threshold_value: 10,
        threshold_unit: 'minutes',
        target: 0.8,
      },
      {
        id: stableId(`bench:results:svc:${i}:std:all`),
        name: text('Decide within 28 days', 'Décider en 28 jours'),
        threshold_value: 28,
        threshold_unit: 'calendar_days',
        target: 0.9,
      },
    ],
  })) as ServiceInput[];
  await importCatalog(db, { organizations, services }, { source: 'bench', actor: 'bench' });
  const seed = systemActor('bench');
  const clusters: ResultsCatalogue['clusters'] = [];
  for (let c = 0; c < counts.clusters; c++) {
    const key = `bench-cluster-${c + 1}`;
    const serviceIds = Array.from({ length: 10 }, (_, s) => services[(c * 10 + s) % services.length]!.id);
    await saveClusterDraft(db, seed, {
      key,
      kind: 'life-event',
      title: text(`Cluster ${c + 1}`, `Grappe ${c + 1}`),
      summary: text('A generated cluster.', 'Une grappe générée.'),
      slug: { en: key, fr: `grappe-${c + 1}` },
      lead_organization_id: organizations[c % organizations.length]!.id,
      stages: [
        {
          key: 'all',
          title: text('Everything', 'Tout'),
          steps: serviceIds.map((id, s) => ({
            key: `step-${s + 1}`,
            title: text(`Step ${s + 1}`, `Étape ${s + 1}`),
            summary: text('A step.', 'Une étape.'),
            service_ids: [id],
          })),
        },
      ],
    });
    await publishCluster(db, seed, key);
    await setClusterLifecycle(db, seed, key, {
      status: 'pilot',
      pilot_starts_on: '2025-04-01',
      pilot_ends_on: '2099-12-31',
    });
    clusters.push({ key, serviceIds });
  }
  const clusterOf = new Map<string, string[]>();
  for (const cluster of clusters)
    for (const id of cluster.serviceIds) clusterOf.set(id, [...(clusterOf.get(id) ?? []), cluster.key]);
  return {
    services: services.map((service) => ({
      id: service.id,
      organization_id: service.organization_id,
      cluster_keys: clusterOf.get(service.id) ?? [],
      channels: ['web', 'phone', 'walk_in', 'mail'],
    })),
    clusters,
  };
}
