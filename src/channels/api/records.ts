/**
 * Partners' writes to their own services and locations: drafts, publication, verification. The
 * catalog domain decides who may (the owning organisation's administrators and editors, or a platform
 * administrator); these routes validate the body's shape, call one command and say what happened in the
 * person's language: 401 signed out, 403 not theirs, 409 someone else changed it, 400 field problems.
 */
import { refreshSearch } from '../http/searchRefresh.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DRAFT_LIMITS,
  discardDraft,
  editableColumns,
  getRecordForEditing,
  isRecordConflict,
  markVerified,
  RecordProblemsError,
  publishDraft,
  saveLocationDraft,
  saveServiceDraft,
  WEEKDAYS,
  type EditableColumn,
  type ConflictReason,
  type RecordKind,
} from '../../domains/catalog/index.js';
import { editorTermStore } from '../../domains/search/index.js';
import type { Actor } from '../../platform/auth/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { t, type MessageKey } from '../../platform/i18n/index.js';
import { requireActor } from '../http/access.js';
import { errorBody } from '../http/errors.js';
import { recordProblemText } from '../labels.js';
import { requestLang } from '../http/lang.js';
import { WRITE_ERRORS } from './hsds/schema.js';

const text = (max: number) =>
  z
    .object({ en: z.string().max(max).nullish(), fr: z.string().max(max).nullish() })
    .nullish()
    .meta({ description: 'Both languages, or neither where the field is optional.' });
const Text = text(4000);

/** The texts an editor may change on a record, each with the limit the catalog's descriptor gives it. */
function editableTexts<T extends 'service' | 'location'>(table: T) {
  const fields = editableColumns(table).map(({ name, edit }) => [name, text(edit.max)] as const);
  return Object.fromEntries(fields) as Record<EditableColumn<T>, ReturnType<typeof text>>;
}

const Envelope = {
  revision: z
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .meta({ description: 'The draft revision you started from; 0 when there was no draft.' }),
  version: z.number().int().min(1).max(2_147_483_647).optional().meta({
    description:
      'The published version your values are based on (refused when it is no longer the live one).',
  }),
};

/** One language's search terms, as lists (a longer term is refused by the draft, naming its place). */
function searchTerms(lang: 'en' | 'fr') {
  const terms = z.array(z.string().max(1000)).max(DRAFT_LIMITS.searchTerms * 10);
  return z
    .object({
      names: terms.nullish().meta({
        description: 'Official short forms, acronyms and nicknames that mean the service ("EI", "pogey").',
      }),
      descriptions: terms.nullish().meta({
        description: 'Everyday words for what people want ("laid off", "lost my health card").',
      }),
    })
    .nullish()
    .meta({ description: lang === 'en' ? 'In English.' : 'In French.' });
}

const ServiceDraftBody = z.object({
  ...Envelope,
  ...editableTexts('service'),
  phones: z
    .array(
      z.object({
        id: z.string().nullish().meta({ description: 'One of the service’s phones; absent for a new one.' }),
        number: z.string().max(40).nullish(),
        extension: z.union([z.string(), z.number()]).nullish(),
        description: Text,
      }),
    )
    .max(10)
    .optional(),
  channels: z
    .array(
      z.object({
        id: z
          .string()
          .meta({ description: 'One of the service’s channels; channels left out stay as they are.' }),
        description: Text,
        url: Text,
        phone_number: z.string().max(40).nullish(),
        email: z.string().max(254).nullish(),
      }),
    )
    .max(30)
    .optional(),
  search_terms: z
    .object({ en: searchTerms('en'), fr: searchTerms('fr') })
    .nullish()
    .meta({
      description:
        'The words people search with for this service; absent or null leaves the published terms as they are. ' +
        `At most ${DRAFT_LIMITS.searchTerms} terms a list, each up to ${DRAFT_LIMITS.searchTermLength} characters.`,
    }),
});

const LocationDraftBody = z.object({
  ...Envelope,
  ...editableTexts('location'),
  address: z
    .object({
      address_1: z.string().max(200).nullish(),
      address_2: z.string().max(200).nullish(),
      city: z.string().max(200).nullish(),
      state_province: z.string().max(200).nullish(),
      postal_code: z.string().max(200).nullish(),
    })
    .nullish(),
  hours: z
    .array(
      z.object({
        day: z.enum(WEEKDAYS),
        closed: z.boolean().optional(),
        spans: z
          .array(z.object({ opens: z.string().max(8), closes: z.string().max(8) }))
          .max(2)
          .optional(),
      }),
    )
    .max(7)
    .optional()
    .meta({ description: 'Weekly opening hours (HH:MM); a day left out has none. Closures are kept.' }),
  languages: z.array(z.string().max(3)).max(20).optional(),
});

const RevisionBody = z.object({ revision: Envelope.revision.optional() }).nullish();
const VersionBody = z.object({ version: Envelope.version }).nullish();
const Params = z.object({ id: z.uuid() });

const Saved = z.object({ revision: z.number().int(), base_version: z.number().int() });
const Published = z.object({ version: z.number().int() });
const Discarded = z.object({ discarded: z.boolean() });
const VerifiedBody = z.object({
  last_verified_at: z.string(),
  last_verified_by: z.string(),
  version: z.number().int(),
});
const RecordBody = z.object({
  kind: z.enum(['service', 'location']),
  id: z.string(),
  organization_id: z.string().nullable(),
  version: z.number().int(),
  published: z.record(z.string(), z.unknown()),
  draft: z
    .object({
      revision: z.number().int(),
      base_version: z.number().int(),
      content: z.record(z.string(), z.unknown()),
      updated_by: z.string(),
      updated_at: z.string(),
    })
    .nullable(),
  last_verified: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
});

const errors = WRITE_ERRORS;

const CONFLICT_TEXT = {
  draft_changed: 'records.conflict.draft_changed',
  draft_gone: 'records.conflict.draft_gone',
  published_changed: 'records.conflict.published_changed',
} as const satisfies Record<ConflictReason, MessageKey>;

/** Conflicts and field problems said in the person's language; anything else goes to the shared handler. */
function sendRecordError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const lang = requestLang(request);
  if (isRecordConflict(error)) {
    const info = error.conflict;
    const at = info.at ? new Date(info.at) : undefined;
    const params = {
      name: info.by ?? '—',
      date: at ? at.toISOString().slice(0, 10) : '—',
      time: at ? at.toISOString().slice(11, 16) + ' UTC' : '—',
      by: info.by ? t(lang, 'records.conflict.publishedBy', { name: info.by }) : '',
    };
    return reply.status(409).send(errorBody('CONFLICT', t(lang, CONFLICT_TEXT[info.reason], params), info));
  }
  if (error instanceof ValidationError) {
    const coded =
      error instanceof RecordProblemsError
        ? error.recordProblems
        : error.problems.map((problem) => ({ path: problem.path, code: 'invalid' as const }));
    const problems = coded.map((problem) => ({ ...problem, message: recordProblemText(lang, problem) }));
    return reply
      .status(400)
      .send(errorBody('VALIDATION_FAILED', t(lang, 'records.errors.invalid'), { problems }));
  }
  throw error;
}

/** PUT …/draft for one kind of record, described with that kind's body. */
function saveDraftOptions<Body extends typeof ServiceDraftBody | typeof LocationDraftBody>(
  what: string,
  body: Body,
) {
  return {
    schema: {
      tags: ['Partner records'],
      summary: `Save a draft of a ${what}`,
      description:
        'Replaces the draft (the live record is untouched). `revision` must be the draft revision you started from, else 409 names who saved meanwhile.',
      params: Params,
      body,
      response: { 200: Saved, ...errors },
    },
  };
}

/** Saves as the signed-in actor; a conflict or field problems are answered in the person's language. */
async function saveDraft(
  request: FastifyRequest,
  reply: FastifyReply,
  save: (actor: Actor) => Promise<z.output<typeof Saved>>,
) {
  const actor = requireActor(request);
  try {
    return await save(actor);
  } catch (error) {
    return sendRecordError(error, request, reply);
  }
}

export async function recordRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  for (const kind of ['service', 'location'] as const satisfies readonly RecordKind[]) {
    const base = `/${kind === 'service' ? 'services' : 'locations'}/:id`;
    const tags = ['Partner records'];
    const what = kind === 'service' ? 'service' : 'location (office)';

    app.get(
      `${base}/draft`,
      {
        schema: {
          tags,
          summary: `Get a ${what} for editing`,
          description:
            'The published content in editable form, with the draft when there is one. Owners only.',
          params: Params,
          response: { 200: RecordBody, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const record = await getRecordForEditing(db, actor, kind, request.params.id, editorTermStore);
        return {
          kind: record.kind,
          id: record.id,
          organization_id: record.organization_id,
          version: record.version,
          published: record.published,
          draft: record.draft && {
            revision: record.draft.revision,
            base_version: record.draft.base_version,
            content: record.draft.content,
            updated_by: record.draft.updated_by_name,
            updated_at: record.draft.updated_at.toISOString(),
          },
          last_verified: record.last_verified && {
            at: record.last_verified.at.toISOString(),
            by: record.last_verified.by,
          },
        };
      },
    );

    // Each kind has its own body schema, so each gets its own route and a typed body.
    if (kind === 'service')
      app.put(`${base}/draft`, saveDraftOptions(what, ServiceDraftBody), async (request, reply) => {
        const { revision, version, ...content } = request.body;
        return saveDraft(request, reply, (actor) =>
          saveServiceDraft(db, actor, { id: request.params.id, revision, version, content }, editorTermStore),
        );
      });
    else
      app.put(`${base}/draft`, saveDraftOptions(what, LocationDraftBody), async (request, reply) => {
        const { revision, version, ...content } = request.body;
        return saveDraft(request, reply, (actor) =>
          saveLocationDraft(db, actor, { id: request.params.id, revision, version, content }),
        );
      });

    app.delete(
      `${base}/draft`,
      {
        schema: {
          tags,
          summary: `Discard the draft of a ${what}`,
          params: Params,
          querystring: z.object({ revision: z.coerce.number().int().min(0).max(2_147_483_647).optional() }),
          response: { 200: Discarded, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        try {
          return await discardDraft(db, actor, {
            kind,
            id: request.params.id,
            revision: request.query.revision,
          });
        } catch (error) {
          return sendRecordError(error, request, reply);
        }
      },
    );

    app.post(
      `${base}/publish`,
      {
        schema: {
          tags,
          summary: `Publish the draft of a ${what}`,
          description:
            'Applies the draft to the live record if the live version is still the one the draft was based on (else 409), raises the version and marks the record verified.',
          params: Params,
          body: RevisionBody,
          response: { 200: Published, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        try {
          const published = await publishDraft(
            db,
            actor,
            { kind, id: request.params.id, revision: request.body?.revision },
            editorTermStore,
          );
          if (kind === 'service') await refreshSearch(request, request.params.id);
          return published;
        } catch (error) {
          return sendRecordError(error, request, reply);
        }
      },
    );

    app.post(
      `${base}/verify`,
      {
        schema: {
          tags,
          summary: `Confirm a ${what} is still accurate`,
          description: 'Records who confirmed the published record and when; the version does not change.',
          params: Params,
          body: VersionBody,
          response: { 200: VerifiedBody, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        try {
          const verified = await markVerified(db, actor, {
            kind,
            id: request.params.id,
            version: request.body?.version,
          });
          return {
            last_verified_at: verified.last_verified_at.toISOString(),
            last_verified_by: verified.last_verified_by_name,
            version: verified.version,
          };
        } catch (error) {
          return sendRecordError(error, request, reply);
        }
      },
    );
  }
}
