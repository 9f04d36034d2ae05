/**
 * Partnerships and their agreements. An agreement's clauses are one structured document, so software
 * can act on them: scope decides which clusters it covers, data sharing which field goes to whom,
 * branding the order of brands, cost sharing the formula of the cost report, commitments the KPI targets.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../../platform/i18n/index.js';

export const PARTY_ROLES = ['lead', 'member', 'funder'] as const;
export const AGREEMENT_STATUSES = ['draft', 'signed', 'expired'] as const;
export const COST_FORMULAS = ['equal', 'by_volume', 'fixed'] as const;
export const NO_VOLUME_FALLBACKS = ['not_split', 'equal', 'fixed'] as const;
export const LOGO_USES = ['lead_only', 'all_parties', 'none'] as const;

const Id = z.uuid({ error: 'Must be a UUID' });
const Key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case words joined by hyphens')
  .max(80);
const IsoDate = z.iso.date({ error: 'Must be a date in the form YYYY-MM-DD' });

export const PartyInput = z.object({ organization_id: Id, role: z.enum(PARTY_ROLES) });

export const PartnershipInput = z
  .object({
    key: Key,
    name: LocalizedTextSchema,
    parties: z.array(PartyInput).min(2, 'A partnership has at least two parties'),
  })
  .superRefine((value, context) => {
    const leads = value.parties.filter((party) => party.role === 'lead').length;
    if (leads !== 1)
      context.addIssue({ code: 'custom', path: ['parties'], message: 'A partnership has exactly one lead' });
    const ids = value.parties.map((party) => party.organization_id);
    if (new Set(ids).size !== ids.length) {
      context.addIssue({ code: 'custom', path: ['parties'], message: 'An organisation is a party once' });
    }
  });

export const DataSharingRule = z.object({
  /** The field of a harmonised form or client record, e.g. `child.birth_date`. */
  field: z
    .string()
    .regex(/^[a-z][a-z0-9_.]*$/, 'A field path such as child.birth_date')
    .max(120),
  to_organization_id: Id,
  authority: LocalizedTextSchema,
  retention_days: z.number().int().min(1).max(36_500),
});

export const Commitment = z.object({
  kpi: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(80),
  description: LocalizedTextSchema,
  target: z.number(),
  unit: z.enum(['percent', 'days', 'count', 'dollars']),
});

export const CHANGE_APPROVALS = ['touched_partners', 'lead_only', 'all_parties'] as const;
export type ChangeApproval = (typeof CHANGE_APPROVALS)[number];

export const ClausesInput = z.object({
  scope: z.object({ clusters: z.array(Key).default([]), forms: z.array(Key).default([]) }),
  data_sharing: z.array(DataSharingRule).default([]),
  branding: z.object({
    lead_organization_id: Id,
    co_brand_order: z.array(Id).default([]),
    logo_use: z.enum(LOGO_USES).default('all_parties'),
  }),
  cost_sharing: z
    .object({
      formula: z.enum(COST_FORMULAS),
      /** Fixed shares in percent by organisation; they add up to 100. */
      shares: z.record(z.string(), z.number().min(0).max(100)).optional(),
      /**
       * By volume, when the period has no measured transaction: leave the cost unsplit (the default, so
       * nobody pays by accident), split it in equal parts, or by the fixed shares.
       */
      when_no_volume: z.enum(NO_VOLUME_FALLBACKS).default('not_split'),
    })
    .refine(
      (value) => !(value.formula === 'fixed' || value.when_no_volume === 'fixed') || !!value.shares,
      'Fixed cost sharing needs the shares',
    )
    .refine(
      (value) =>
        !value.shares ||
        Math.abs(Object.values(value.shares).reduce((sum, share) => sum + share, 0) - 100) < 0.001,
      'Fixed shares add up to 100',
    ),
  commitments: z.array(Commitment).default([]),
  /**
   * Who approves a change to a published cluster in scope: each partner whose services the change
   * touches (the default), the lead partner alone, or every party.
   */
  governance: z
    .object({ change_approval: z.enum(CHANGE_APPROVALS).default('touched_partners') })
    .default({ change_approval: 'touched_partners' }),
});

export const AgreementDraftInput = z
  .object({
    partnership_key: Key,
    template: z.string().min(1).max(80),
    starts_on: IsoDate,
    ends_on: IsoDate,
    review_on: IsoDate,
    clauses: ClausesInput,
  })
  .refine((value) => value.starts_on <= value.ends_on, {
    path: ['ends_on'],
    message: 'The term ends after it starts',
  })
  .refine((value) => value.review_on <= value.ends_on, {
    path: ['review_on'],
    message: 'The review comes before the end',
  });

export type PartnershipInput = z.input<typeof PartnershipInput>;
export type Clauses = z.output<typeof ClausesInput>;
export type AgreementDraftInput = z.input<typeof AgreementDraftInput>;
export type PartyRole = (typeof PARTY_ROLES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
