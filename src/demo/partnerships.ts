/**
 * The demo partnerships: one per demo cluster (same key), led by the cluster's lead partner, with every
 * other organisation owning a service in the cluster as a member, and a signed service-cluster
 * agreement in force from 2026-04-01 to 2029-03-31 whose scope is that cluster. The moving pilot's
 * agreement is signed too, so the demo can take it to production once its lead signs off.
 */
import { CatalogBundle } from '../domains/catalog/index.js';
import {
  PartnershipNotFoundError,
  createPartnership,
  draftAgreement,
  getPartnership,
  listAgreements,
  signAgreement,
  type AgreementDraftInput,
  type PartnershipInput,
} from '../domains/partnerships/index.js';
import { ClusterDefinitionSchema } from '../domains/clusters/index.js';
import { systemActor } from '../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../platform/db/index.js';
import { demoCatalog } from './catalog/index.js';
import { t } from './catalog/helpers.js';
import { demoClusters } from './clusters/index.js';

const SEED_ACTOR = systemActor('seed-demo');

export const DEMO_TERM = { starts_on: '2026-04-01', ends_on: '2029-03-31', review_on: '2027-03-31' } as const;

export interface DemoPartnership {
  partnership: PartnershipInput;
  agreement: AgreementDraftInput;
}

/** One partnership and agreement per demo cluster, in the clusters' order; fresh copies each call. */
export function demoPartnerships(): DemoPartnership[] {
  const owners = new Map(CatalogBundle.parse(demoCatalog()).services.map((s) => [s.id, s.organization_id]));
  return demoClusters().map(({ definition: input }) => {
    const definition = ClusterDefinitionSchema.parse(input);
    const lead = definition.lead_organization_id;
    const members = [
      ...new Set(
        definition.stages.flatMap((stage) =>
          stage.steps.flatMap((step) => step.service_ids.map((id) => owners.get(id)!)),
        ),
      ),
    ].filter((id) => id && id !== lead);
    return {
      partnership: {
        key: definition.key,
        name: {
          en: `${definition.title.en} partnership`,
          fr: `Partenariat «\u00a0${definition.title.fr}\u00a0»`,
        },
        parties: [
          { organization_id: lead, role: 'lead' },
          ...members.map((organization_id) => ({ organization_id, role: 'member' as const })),
        ],
      },
      agreement: {
        partnership_key: definition.key,
        template: 'service-cluster',
        ...DEMO_TERM,
        clauses: {
          scope: { clusters: [definition.key], forms: [] },
          branding: { lead_organization_id: lead, co_brand_order: members, logo_use: 'all_parties' },
          cost_sharing: { formula: 'by_volume' },
          commitments: [
            {
              kpi: 'completion_rate',
              description: t(
                'Share of people who start the cluster online and finish every step that applies to them',
                'Proportion des personnes qui commencent la grappe en ligne et terminent toutes les étapes qui les concernent',
              ),
              target: 75,
              unit: 'percent',
            },
            {
              kpi: 'satisfaction',
              description: t(
                'Clients satisfied or very satisfied with the service overall',
                'Clients satisfaits ou très satisfaits du service dans l’ensemble',
              ),
              target: 85,
              unit: 'percent',
            },
          ],
          governance: { change_approval: 'touched_partners' },
        },
      },
    };
  });
}

async function existingPartnership(tx: Tx, key: string) {
  try {
    return await getPartnership(tx, key);
  } catch (error) {
    if (error instanceof PartnershipNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Creates each demo partnership and its signed agreement once; a partnership that already has a
 * signed agreement is left alone, so seeding twice changes nothing.
 */
export async function seedDemoPartnerships(db: Db | Tx): Promise<{ created: number; signed: number }> {
  return withTransaction(db, async (tx) => {
    let created = 0;
    let signed = 0;
    for (const { partnership, agreement } of demoPartnerships()) {
      let id = (await existingPartnership(tx, partnership.key))?.id;
      if (!id) {
        id = (await createPartnership(tx, SEED_ACTOR, partnership)).id;
        created += 1;
      }
      const agreements = await listAgreements(tx, id);
      if (agreements.some((a) => a.status === 'signed')) continue;
      const draft =
        agreements.find((a) => a.status === 'draft') ?? (await draftAgreement(tx, SEED_ACTOR, agreement));
      await signAgreement(tx, SEED_ACTOR, draft.id);
      signed += 1;
    }
    return { created, signed };
  });
}
