/** Writes on partnerships and agreements: create, draft, and a party's signature. Reads are the back office's. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  ClausesInput,
  createPartnership,
  draftAgreement,
  PARTY_ROLES,
  signAgreement,
} from '../../domains/partnerships/index.js';
import { isStitchError, type FieldProblem } from '../../platform/errors/index.js';
import { t, type MessageKey } from '../../platform/i18n/index.js';
import { requireActor } from '../http/access.js';
import { errorBody } from '../http/errors.js';
import { requestLang } from '../http/lang.js';
import { isLabelled, PARTNERSHIP_CONFLICT_TEXT } from '../labels.js';
import { WRITE_ERRORS } from './hsds/schema.js';

const Text = z.object({ en: z.string(), fr: z.string() });

const PartnershipBody = z.object({
  key: z.string().max(80).meta({ description: 'Stable kebab-case key, such as having-a-baby.' }),
  name: Text,
  parties: z
    .array(z.object({ organization_id: z.string().max(100), role: z.enum(PARTY_ROLES) }))
    .max(50)
    .meta({ description: 'At least two organisations, exactly one of them the lead.' }),
});

const AgreementBody = z.object({
  template: z.string().max(80).meta({ description: 'service-cluster or data-sharing.' }),
  starts_on: z.string().max(10),
  ends_on: z.string().max(10),
  review_on: z.string().max(10),
  clauses: ClausesInput,
});

const SignatureBody = z.object({
  organization_id: z
    .string()
    .max(100)
    .meta({ description: 'The party you sign for: an organisation of which you are partner administrator.' }),
});

const Created = z.object({ id: z.string() });
const Signature = z.object({
  status: z.enum(AGREEMENT_STATUSES),
  signed: z.array(z.string()),
  waiting: z.array(z.string()).meta({ description: 'Parties whose signature is still awaited.' }),
});

const errors = WRITE_ERRORS;

/** The fields with words of their own for a problem; any other gets the generic words. */
const FIELD_PROBLEM_TEXT = {
  organization_id: 'partnerships.problems.organization_id',
  key: 'partnerships.problems.key',
  name: 'partnerships.problems.name',
  parties: 'partnerships.problems.parties',
  template: 'partnerships.problems.template',
  starts_on: 'partnerships.problems.starts_on',
  ends_on: 'partnerships.problems.ends_on',
  review_on: 'partnerships.problems.review_on',
  clauses: 'partnerships.problems.clauses',
} as const satisfies Record<string, MessageKey>;

/** The words for a domain problem's field, in the person's language. */
function problemMessage(lang: 'en' | 'fr', problem: FieldProblem): string {
  if (problem.path.startsWith('clauses.') && problem.message.includes('not a party'))
    return t(lang, 'partnerships.problems.notParty');
  const field = problem.path.split('.')[0];
  return t(
    lang,
    isLabelled(FIELD_PROBLEM_TEXT, field) ? FIELD_PROBLEM_TEXT[field] : 'partnerships.problems.generic',
  );
}

/** Domain refusals in the person's language: 400 with each field's problem, 409 with the reason. */
async function answering<T>(request: FastifyRequest, reply: FastifyReply, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    const lang = requestLang(request);
    if (isStitchError(error) && error.code === 'VALIDATION_FAILED') {
      const problems = (error.details?.problems as FieldProblem[] | undefined) ?? [];
      return reply.status(400).send(
        errorBody('VALIDATION_FAILED', t(lang, 'errors.VALIDATION_FAILED'), {
          fields: problems.map((problem) => ({
            field: problem.path,
            message: problemMessage(lang, problem),
          })),
        }),
      );
    }
    if (isStitchError(error) && error.code === 'CONFLICT') {
      const reason = String(error.details?.reason ?? 'generic');
      const text = isLabelled(PARTNERSHIP_CONFLICT_TEXT, reason)
        ? PARTNERSHIP_CONFLICT_TEXT[reason]
        : PARTNERSHIP_CONFLICT_TEXT.generic;
      return reply.status(409).send(errorBody('CONFLICT', t(lang, text), { reason }));
    }
    throw error;
  }
}

export async function partnershipRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Partnerships'];
  const db = app.deps.db;
  // Who is asking comes before what they sent: an anonymous caller gets 401, not a list of field problems.
  const signedIn = async (request: FastifyRequest) => {
    requireActor(request);
  };

  app.post(
    '/partnerships',
    {
      preValidation: signedIn,
      schema: {
        tags,
        summary: 'Create a partnership',
        description:
          'Platform administrators create a partnership of existing organisations with exactly one lead. ' +
          'Needs a session and its x-csrf-token header.',
        body: PartnershipBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return answering(request, reply, async () => {
        const created = await createPartnership(db, actor, request.body);
        return reply.status(201).send(created);
      });
    },
  );

  app.post(
    '/partnerships/:key/agreements',
    {
      preValidation: signedIn,
      schema: {
        tags,
        summary: 'Draft an agreement',
        description:
          'The partnership’s cluster manager (or a platform administrator) drafts an agreement from a template. ' +
          'A draft binds no one until every party has signed it.',
        params: z.object({ key: z.string().max(80) }),
        body: AgreementBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return answering(request, reply, async () => {
        const created = await draftAgreement(db, actor, {
          ...request.body,
          partnership_key: request.params.key,
        });
        return reply.status(201).send(created);
      });
    },
  );

  app.post(
    '/agreements/:id/signatures',
    {
      preValidation: signedIn,
      schema: {
        tags,
        summary: 'Sign an agreement for your organisation',
        description:
          'A partner administrator signs a draft agreement for their organisation, a party to it. The agreement ' +
          'becomes signed when the last party signs. Signing twice answers 409.',
        params: z.object({ id: z.uuid() }),
        body: SignatureBody,
        response: { 201: Signature, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return answering(request, reply, async () => {
        const outcome = await signAgreement(db, actor, request.params.id, {
          forOrganization: request.body.organization_id,
        });
        return reply.status(201).send(outcome);
      });
    },
  );
}
