/**
 * The partnership pages' parameters, query string and signing form. A key and an organisation id have the
 * shapes the partnerships domain gives them; an address that does not fit names no partnership.
 */
import { z } from 'zod';
import { PartnershipInput, PartyInput } from '../../../../../domains/partnerships/index.js';

export const PartnershipParams = z.object({ key: PartnershipInput.shape.key });

export const AgreementParams = PartnershipParams.extend({ id: z.uuid() });

/** `?signed=` after signing: the organisation signed for; anything else is ignored, as a stale link would be. */
export const AgreementQuery = z.object({
  signed: PartyInput.shape.organization_id.optional().catch(undefined),
});

/**
 * The organisation signed for, as chosen; empty when the form names none, so the use case picks the only
 * one the person may sign for, or says what is wrong.
 */
export const SignForm = z.object({ organization_id: z.string().default('') });
