/**
 * A piloted cluster, "moving", whose two steps belong to two partners of a partnership with a by-volume
 * cost-sharing agreement for 2027, and a second partnership, "other", of the same two partners: what the
 * cost-sharing screen and its pages are tested on. Imported by tests only.
 */
import { importCatalog, type OrganizationInput, type ServiceInput } from '../domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../domains/clusters/index.js';
import { recordInteraction } from '../domains/measurement/index.js';
import { createPartnership, draftAgreement, signAgreement } from '../domains/partnerships/index.js';
import { systemActor } from '../platform/auth/index.js';
import type { Db } from '../platform/db/index.js';
import { text } from './factories.js';

export interface CostSharingCluster {
  lead: OrganizationInput;
  member: OrganizationInput;
  leadService: ServiceInput;
  memberService: ServiceInput;
  /** Views recorded: three of the lead's service and one of the member's, at this time. */
  transactionsAt: Date;
}

export async function aCostSharingCluster(db: Db, parts: CostSharingCluster): Promise<void> {
  const seed = systemActor('test');
  const { lead, member, leadService, memberService } = parts;
  await importCatalog(
    db,
    { organizations: [lead, member], services: [leadService, memberService] },
    { source: 'test', actor: 'test' },
  );
  for (const key of ['moving', 'other'])
    await createPartnership(db, seed, {
      key,
      name: text(key, key),
      parties: [
        { organization_id: lead.id, role: 'lead' },
        { organization_id: member.id, role: 'member' },
      ],
    });
  const { id } = await draftAgreement(db, seed, {
    partnership_key: 'moving',
    template: 'service-cluster',
    starts_on: '2027-01-01',
    ends_on: '2027-12-31',
    review_on: '2027-12-01',
    clauses: {
      scope: { clusters: ['moving'] },
      branding: { lead_organization_id: lead.id, co_brand_order: [member.id] },
      cost_sharing: { formula: 'by_volume' },
    },
  });
  await signAgreement(db, seed, id, { at: new Date('2026-12-01T12:00:00Z') });
  await saveClusterDraft(db, seed, {
    key: 'moving',
    kind: 'life-event',
    title: text('Moving', 'Déménager'),
    summary: text('s', 's'),
    slug: { en: 'moving', fr: 'demenager' },
    lead_organization_id: lead.id,
    stages: [
      {
        key: 'one',
        title: text('One', 'Un'),
        steps: [
          { key: 'a', title: text('A', 'A'), summary: text('s', 's'), service_ids: [leadService.id] },
          { key: 'b', title: text('B', 'B'), summary: text('s', 's'), service_ids: [memberService.id] },
        ],
      },
    ],
  });
  await publishCluster(db, seed, 'moving');
  await setClusterLifecycle(db, seed, 'moving', {
    status: 'pilot',
    pilot_starts_on: '2026-01-01',
    pilot_ends_on: '2099-12-31',
  });
  // Three transactions of the lead's service, one of the member's; the views around them are not transactions.
  for (const [service_id, kind] of [
    [leadService.id, 'complete'],
    [leadService.id, 'call'],
    [leadService.id, 'visit'],
    [memberService.id, 'complete'],
    [memberService.id, 'view'],
    [memberService.id, 'view'],
    [memberService.id, 'view'],
    [memberService.id, 'start'],
  ] as const)
    await recordInteraction(db, {
      channel: kind === 'call' ? 'phone' : kind === 'visit' ? 'walk_in' : 'web',
      kind,
      service_id,
      occurred_at: parts.transactionsAt,
    });
}
