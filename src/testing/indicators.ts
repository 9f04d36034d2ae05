/**
 * A published cluster governed by partnership `<prefix>-p`, beside a second partnership `<prefix>-q`
 * that governs another cluster: what the indicator commands and pages are tested on. Imported by tests only.
 */
import { importCatalog } from '../domains/catalog/index.js';
import { publishCluster, saveClusterDraft } from '../domains/clusters/index.js';
import type { IndicatorInput } from '../domains/insights/index.js';
import { systemActor } from '../platform/auth/index.js';
import type { Db } from '../platform/db/index.js';
import { stableId } from '../platform/ids/index.js';
import { aService, anOrganization, text } from './factories.js';
import { aSignedPartnership } from './partnerships.js';

export interface IndicatorCluster {
  cluster: string;
  otherCluster: string;
  /** The partnership governing `cluster`, and the other one. */
  p: string;
  q: string;
}

export async function anIndicatorCluster(db: Db, prefix: string): Promise<IndicatorCluster> {
  const seed = systemActor('test');
  const lead = anOrganization({ id: stableId(`${prefix}:org:lead`), name: text('Lead', 'Responsable') });
  const other = anOrganization({ id: stableId(`${prefix}:org:other`), name: text('Other', 'Autre') });
  const service = aService({ id: stableId(`${prefix}:svc:lead`), organization_id: lead.id });
  const otherService = aService({ id: stableId(`${prefix}:svc:other`), organization_id: other.id });
  await importCatalog(
    db,
    { organizations: [lead, other], services: [service, otherService] },
    { source: 'test', actor: 'test' },
  );
  const cluster = `${prefix}-cluster`;
  const otherCluster = `${prefix}-other`;
  const p = await aSignedPartnership(db, {
    key: `${prefix}-p`,
    lead: lead.id,
    members: [other.id],
    clusters: [cluster],
  });
  const q = await aSignedPartnership(db, {
    key: `${prefix}-q`,
    lead: other.id,
    members: [lead.id],
    clusters: [otherCluster],
  });
  for (const [key, serviceId, partnershipKey, leadId] of [
    [cluster, service.id, `${prefix}-p`, lead.id],
    [otherCluster, otherService.id, `${prefix}-q`, other.id],
  ] as const) {
    await saveClusterDraft(
      db,
      seed,
      {
        key,
        kind: 'business-event',
        title: text(`Business ${key}`, `Entreprise ${key}`),
        summary: text('s', 's'),
        slug: { en: key, fr: `${key}-fr` },
        lead_organization_id: leadId,
        stages: [
          {
            key: 'one',
            title: text('One', 'Un'),
            steps: [{ key: 'a', title: text('A', 'A'), summary: text('s', 's'), service_ids: [serviceId] }],
          },
        ],
      },
      { partnershipKey },
    );
    await publishCluster(db, seed, key);
  }
  return { cluster, otherCluster, p: p.partnershipId, q: q.partnershipId };
}

/** The report's example: compliant employer accounts from 14,500 to 18,000. */
export function anIndicator(cluster: string, overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    cluster,
    key: 'compliant-employer-accounts',
    name: text('Compliant employer accounts', 'Comptes d’employeurs conformes'),
    description: text(
      'Accounts with every remittance on time.',
      'Comptes dont chaque versement est à temps.',
    ),
    unit: 'count',
    direction: 'increase',
    baseline_value: 14_500,
    baseline_on: '2025-03-31',
    target_value: 18_000,
    target_on: '2029-03-31',
    ...overrides,
  };
}
