/**
 * A piloted cluster with known activity, for the pilot evaluation and the business case: the "moving"
 * cluster of aCostSharingCluster (two partners, a by-volume agreement for 2027), its pilot set to March
 * 2027, unit costs on its services' channels, a baseline in February and a second public cluster,
 * "renewing", with no pilot, to compare with. Imported by tests only.
 *
 * March 2027 (the pilot), moving: the lead's web completion ($2), call ($10) and visit ($20); the
 * member's two web completions ($3 each; one served three partners at once: 2 duplicates avoided) and
 * a call (no unit cost given); four web starts; three views; two survey answers about the lead's
 * service (5 and 3). Six transactions, three of them self-serve; $38 over five costed transactions.
 * February 10 (baseline): the lead's three calls and one web completion: four transactions, one
 * self-serve, $32. March, renewing: two calls ($12) and two web completions ($1): $26 over four.
 */
import { importCatalog, type OrganizationInput, type ServiceInput } from '../domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../domains/clusters/index.js';
import {
  recordInteraction,
  recordSurveyResponse,
  refreshInteractionRollup,
  type InteractionInput,
} from '../domains/measurement/index.js';
import { systemActor } from '../platform/auth/index.js';
import type { Db } from '../platform/db/index.js';
import { stableId } from '../platform/ids/index.js';
import { aCostSharingCluster } from './costSharing.js';
import { aService, anOrganization, text } from './factories.js';

const channel = (
  service: string,
  kind: 'web' | 'phone' | 'walk_in',
  unit_cost: number,
): NonNullable<ServiceInput['channels']>[number] => ({
  id: stableId(`pilot:channel:${service}:${kind}`),
  kind,
  delivery: kind === 'web' ? 'self_serve' : 'serviced',
  unit_cost,
});

export interface PilotedCluster {
  lead: OrganizationInput;
  member: OrganizationInput;
  third: OrganizationInput;
  leadService: ServiceInput;
  memberService: ServiceInput;
  otherService: ServiceInput;
}

/** The records the fixture makes, under ids derived from `prefix` so several test files can use it. */
export function pilotedClusterParts(prefix: string): PilotedCluster {
  const lead = anOrganization({
    id: stableId(`${prefix}:lead`),
    name: text('Lead office', 'Bureau principal'),
  });
  const member = anOrganization({
    id: stableId(`${prefix}:member`),
    name: text('Member office', 'Bureau membre'),
  });
  const third = anOrganization({
    id: stableId(`${prefix}:third`),
    name: text('Third office', 'Troisième bureau'),
  });
  const leadId = stableId(`${prefix}:svc:lead`);
  const memberId = stableId(`${prefix}:svc:member`);
  const otherId = stableId(`${prefix}:svc:other`);
  return {
    lead,
    member,
    third,
    leadService: aService({
      id: leadId,
      organization_id: lead.id,
      channels: [channel(leadId, 'web', 2), channel(leadId, 'phone', 10), channel(leadId, 'walk_in', 20)],
    }),
    memberService: aService({
      id: memberId,
      organization_id: member.id,
      channels: [channel(memberId, 'web', 3)],
    }),
    otherService: aService({
      id: otherId,
      organization_id: third.id,
      channels: [channel(otherId, 'web', 1), channel(otherId, 'phone', 12)],
    }),
  };
}

export async function aPilotedCluster(db: Db, parts: PilotedCluster): Promise<void> {
  const seed = systemActor('test');
  const { lead, member, third, leadService, memberService, otherService } = parts;
  const march = new Date('2027-03-10T15:00:00Z');
  const february = new Date('2027-02-10T15:00:00Z');
  await aCostSharingCluster(db, { lead, member, leadService, memberService, transactionsAt: march });
  await setClusterLifecycle(db, seed, 'moving', {
    status: 'pilot',
    pilot_starts_on: '2027-03-01',
    pilot_ends_on: '2027-03-31',
  });
  await importCatalog(
    db,
    { organizations: [third], services: [otherService] },
    { source: 'test', actor: 'test' },
  );
  await saveClusterDraft(db, seed, {
    key: 'renewing',
    kind: 'life-event',
    title: text('Renewing a permit', 'Renouveler un permis'),
    summary: text('s', 's'),
    slug: { en: 'renewing', fr: 'renouveler' },
    lead_organization_id: third.id,
    stages: [
      {
        key: 'one',
        title: text('One', 'Un'),
        steps: [{ key: 'a', title: text('A', 'A'), summary: text('s', 's'), service_ids: [otherService.id] }],
      },
    ],
  });
  await publishCluster(db, seed, 'renewing');
  // Production needs an agreement and a sign-off; only its state matters here: public, with no pilot.
  await db
    .updateTable('cluster')
    .set({ status: 'production', pilot_starts_on: null, pilot_ends_on: null })
    .where('key', '=', 'renewing')
    .execute();

  const events: InteractionInput[] = [
    {
      channel: 'web',
      kind: 'complete',
      cluster_key: 'moving',
      service_id: memberService.id,
      detail: { partners_served: 3 },
      occurred_at: march,
    },
    { channel: 'phone', kind: 'call', service_id: memberService.id, occurred_at: march },
    ...[1, 2, 3].map((): InteractionInput => ({
      channel: 'web',
      kind: 'start',
      service_id: memberService.id,
      occurred_at: march,
    })),
    ...[1, 2, 3].map((): InteractionInput => ({
      channel: 'phone',
      kind: 'call',
      service_id: leadService.id,
      occurred_at: february,
    })),
    { channel: 'web', kind: 'complete', service_id: leadService.id, occurred_at: february },
    ...(['phone', 'phone', 'web', 'web'] as const).map((on): InteractionInput => ({
      channel: on,
      kind: on === 'phone' ? 'call' : 'complete',
      cluster_key: 'renewing',
      service_id: otherService.id,
      occurred_at: march,
    })),
  ];
  for (const event of events) await recordInteraction(db, event);
  for (const overall of [5, 3] as const) {
    const { interactionId } = await recordSurveyResponse(db, {
      channel: 'web',
      lang: 'en',
      cluster_key: 'moving',
      service_id: leadService.id,
      answers: { overall },
    });
    // A survey is recorded now; the evaluation needs it in the pilot.
    await db.updateTable('interaction').set({ occurred_at: march }).where('id', '=', interactionId).execute();
  }
  await refreshInteractionRollup(db);
}
