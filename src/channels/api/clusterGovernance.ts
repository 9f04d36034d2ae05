/**
 * Cluster governance over the JSON API, for partners' own tools and imports: save a draft, ask the
 * partners to approve it, decide, publish, sign off for production and move the lifecycle. Every write
 * needs a session and its anti-forgery token (x-csrf-token); the clusters domain decides who may act.
 * Refusals by governance (409) carry a message in the person's language and a stable `reason`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ClusterGovernanceError,
  ClusterLifecycleSchema,
  decideClusterChange,
  GOVERNANCE_REASONS,
  publishCluster,
  requestClusterChange,
  saveClusterDraft,
  setClusterLifecycle,
  signOffProduction,
} from '../../domains/clusters/index.js';
import { t } from '../../platform/i18n/index.js';
import { noteDenial, requireActor } from '../http/access.js';
import { errorBody, sendError } from '../http/errors.js';
import { requestLang } from '../http/lang.js';
import { WRITE_ERRORS } from './hsds/schema.js';
import { GOVERNANCE_ERROR_TEXT } from '../labels.js';

const Key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80);
const Params = z.object({ key: Key });

export const DraftBody = z.object({
  /** The cluster definition (see GET /clusters/{key} for its shape); checked by the clusters domain. */
  definition: z.record(z.string(), z.unknown()),
  /** For a new cluster: the partnership it belongs to (its cluster manager creates it). */
  partnership_key: Key.optional(),
});
export const DecisionBody = z.object({
  organization_id: z.string().min(1).max(200).optional(),
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().max(2000).optional(),
});
export const PublishBody = z.object({ note: z.string().max(500).optional() }).default({});
export const SignOffBody = z.object({ comment: z.string().max(2000).optional() }).default({});

const Approval = z.object({ organization_id: z.string(), reason: z.enum(['touched', 'lead', 'party']) });
const errors = WRITE_ERRORS;

export async function clusterGovernanceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const tags = ['Cluster governance'];

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof ClusterGovernanceError) {
      const lang = requestLang(request);
      return reply
        .status(409)
        .type('application/json; charset=utf-8')
        .send(errorBody('CONFLICT', t(lang, GOVERNANCE_ERROR_TEXT[error.reason]), error.details));
    }
    await noteDenial(fastify, request, error);
    return sendError(error, request, reply);
  });

  app.put(
    '/clusters/:key/draft',
    {
      schema: {
        tags,
        summary: 'Save a cluster’s working draft',
        description:
          'Creates the cluster or replaces its unpublished draft. The cluster manager of its partnership, or a platform administrator.',
        params: Params,
        body: DraftBody,
        response: {
          200: z.object({ key: z.string(), revision: z.number().int(), created: z.boolean() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const definition = { ...request.body.definition, key: request.params.key };
      const saved = await saveClusterDraft(db, actor, definition, {
        ...(request.body.partnership_key ? { partnershipKey: request.body.partnership_key } : {}),
      });
      return reply.status(200).send({ key: saved.key, revision: saved.revision, created: saved.created });
    },
  );

  app.post(
    '/clusters/:key/change-requests',
    {
      schema: {
        tags,
        summary: 'Ask the partners to approve the draft',
        description:
          'Names each organisation whose approval the agreement in force requires (touched partners, the lead, or every party).',
        params: Params,
        response: {
          201: z.object({
            id: z.string(),
            change_approval: z.enum(['touched_partners', 'lead_only', 'all_parties']),
            approvals: z.array(Approval),
            created: z.boolean(),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await requestClusterChange(db, requireActor(request), request.params.key);
      return reply.status(201).send({
        id: result.id,
        change_approval: result.change_approval,
        approvals: result.approvals,
        created: result.created,
      });
    },
  );

  app.post(
    '/clusters/:key/change-requests/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Approve or reject a change request',
        description:
          'A partner administrator of an organisation whose approval is needed. A rejection needs a comment; one rejection rejects the request.',
        params: Params.extend({ id: z.uuid() }),
        body: DecisionBody,
        response: {
          200: z.object({
            request_id: z.string(),
            organization_id: z.string(),
            state: z.enum(['open', 'approved', 'rejected']),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      decideClusterChange(db, requireActor(request), request.params.key, {
        request_id: request.params.id,
        ...request.body,
      }),
  );

  app.post(
    '/clusters/:key/publish',
    {
      schema: {
        tags,
        summary: 'Publish the approved draft',
        description:
          'Freezes the draft as the next version, once every partner asked has approved that very draft.',
        params: Params,
        body: PublishBody,
        response: { 200: z.object({ key: z.string(), version: z.number().int() }), ...errors },
      },
    },
    async (request) =>
      publishCluster(db, requireActor(request), request.params.key, {
        ...(request.body.note ? { note: request.body.note } : {}),
      }),
  );

  app.post(
    '/clusters/:key/sign-off',
    {
      schema: {
        tags,
        summary: 'Sign off the published version for production',
        description: 'A partner administrator of the lead partner.',
        params: Params,
        body: SignOffBody,
        response: {
          200: z.object({
            key: z.string(),
            version: z.number().int(),
            organization_id: z.string(),
            created: z.boolean(),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      signOffProduction(db, requireActor(request), request.params.key, {
        ...(request.body.comment ? { comment: request.body.comment } : {}),
      }),
  );

  app.post(
    '/clusters/:key/lifecycle',
    {
      schema: {
        tags,
        summary: 'Move a cluster along its lifecycle',
        description: `Production needs a signed agreement in force naming the cluster and the lead partner’s sign-off. Refusal reasons: ${GOVERNANCE_REASONS.join(', ')}.`,
        params: Params,
        body: ClusterLifecycleSchema,
        response: {
          200: z.object({
            status: z.string(),
            pilot_starts_on: z.string().nullish(),
            pilot_ends_on: z.string().nullish(),
          }),
          ...errors,
        },
      },
    },
    async (request) => setClusterLifecycle(db, requireActor(request), request.params.key, request.body),
  );
}
