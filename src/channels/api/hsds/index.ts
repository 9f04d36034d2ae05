/**
 * The Open Referral HSDS 3.0 read API (mounted under /api/v1). Responses are HSDS; French travels as
 * attributes unless `lang=fr` asks for it in the fields (docs/adr/0004-french-text-in-hsds.md).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  getHsdsService,
  hsds,
  listHsdsOrganizations,
  listHsdsServiceAtLocations,
  listHsdsServicesAsJson,
  type Reader,
} from '../../../domains/interchange/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { requestLang } from '../../http/lang.js';
import {
  Base,
  ErrorResponse,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  IdParams,
  LangQuery,
  OrganizationsQuery,
  ServiceAtLocationsQuery,
  ServicesQuery,
  TaxonomiesQuery,
  TaxonomyTermsQuery,
  pageOf,
} from './schema.js';
import { PUBLIC_CACHE } from '../../http/caching.js';

const LANG_NOTE =
  'Default: English in the HSDS fields and each French text as an HSDS attribute (taxonomy term `fr` of the ' +
  '“Stitch translations” taxonomy; link_type names the field). With `lang=fr` the HSDS fields carry French instead.';

const errors = { 400: ErrorResponse, 404: ErrorResponse };
const tags = ['HSDS 3.0'];

function found<T>(value: T | undefined, kind: string, id: string): T {
  if (value === undefined) throw new NotFoundError(kind, id);
  return value;
}

/** HSDS objects are built field by field; the response serializer checks them against the schema. */
const as = <S extends z.ZodType>(_schema: S, value: unknown) => value as z.infer<S>;

/** The HSDS API works on any origin behind the proxy: its base answers with absolute URLs. */
function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export async function hsdsRoutes(fastify: FastifyInstance): Promise<void> {
  // HSDS records are large (a service with its locations is tens of kilobytes) and built by the domain's
  // mapping from its own typed records: checking each one against the zod schema again at every response
  // cost more than loading it. The schemas still describe the routes in the OpenAPI document, and the
  // tests check the responses against the official HSDS schemas. This plugin is encapsulated, so other
  // routes keep their checked serializer.
  fastify.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.deps.db;
  const lang = (request: FastifyRequest, asked: Lang | undefined): Lang => asked ?? requestLang(request);
  /** Who reads, for the measurement the domain records: the API, in the language asked or negotiated. */
  const reader = (request: FastifyRequest, asked: Lang | undefined): Reader => ({
    channel: 'api',
    lang: lang(request, asked),
  });

  app.get(
    '/',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'HSDS API base',
        description: 'The HSDS version, profile and OpenAPI document of this API.',
        response: { 200: Base },
      },
    },
    async (request) => ({
      version: '3.0',
      profile: `${origin(request)}/api/v1/openapi.json#hsds-profile`,
      openapi_url: `${origin(request)}/api/v1/openapi.json`,
    }),
  );

  app.get(
    '/services',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List services (HSDS page)',
        description: `Services in the HSDS list form, filtered and paged. ${LANG_NOTE}`,
        querystring: ServicesQuery,
        response: { 200: pageOf(HsdsService), ...errors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const page = await listHsdsServicesAsJson(db(), {
        page: q.page,
        perPage: q.per_page,
        search: q.search,
        taxonomyTermId: q.taxonomy_term_id,
        organizationId: q.organization_id,
        modifiedAfter: q.modified_after,
        lang: q.lang,
        full: q.full_service === 'true',
        reader: reader(request, q.lang),
      });
      return sendJsonText(reply, page);
    },
  );

  app.get(
    '/services/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'One service (HSDS service_full)',
        description: `A service with its organization, program, locations, phones and schedules nested. ${LANG_NOTE}`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: HsdsService, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { lang: asked } = request.query;
      const record = await getHsdsService(db(), { id, lang: asked, reader: reader(request, asked) });
      return as(HsdsService, found(record, 'service', id));
    },
  );

  app.get(
    '/organizations',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List organizations (HSDS page)',
        description: `Organizations in the HSDS list form. ${LANG_NOTE}`,
        querystring: OrganizationsQuery,
        response: { 200: pageOf(HsdsOrganization), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listHsdsOrganizations(db(), {
        page: q.page,
        perPage: q.per_page,
        search: q.search,
        lang: q.lang,
        full: q.full_service === 'true',
        reader: reader(request, q.lang),
      });
      return as(pageOf(HsdsOrganization), page);
    },
  );

  app.get(
    '/organizations/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'One organization (HSDS organization_full)',
        description: `An organization with its locations, programs and services nested. ${LANG_NOTE}`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: HsdsOrganization, ...errors },
      },
    },
    async (request) =>
      as(
        HsdsOrganization,
        found(
          await hsds.hsdsOrganization(db(), request.params.id, request.query.lang),
          'organization',
          request.params.id,
        ),
      ),
  );

  app.get(
    '/service_at_locations',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List services at locations (HSDS page)',
        description: `Where each service is offered, in the HSDS list form. ${LANG_NOTE}`,
        querystring: ServiceAtLocationsQuery,
        response: { 200: pageOf(HsdsServiceAtLocation), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listHsdsServiceAtLocations(db(), {
        page: q.page,
        perPage: q.per_page,
        search: q.search,
        organizationId: q.organization_id,
        taxonomyTermId: q.taxonomy_term_id,
        lang: q.lang,
        full: q.full_service === 'true',
        reader: reader(request, q.lang),
      });
      return as(pageOf(HsdsServiceAtLocation), page);
    },
  );

  app.get(
    '/service_at_locations/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'One service at location (HSDS service_at_location_full)',
        description: `A service at one location, with the location and the service nested. ${LANG_NOTE}`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: HsdsServiceAtLocation, ...errors },
      },
    },
    async (request) =>
      as(
        HsdsServiceAtLocation,
        found(
          await hsds.hsdsServiceAtLocation(db(), request.params.id, request.query.lang),
          'service at location',
          request.params.id,
        ),
      ),
  );

  app.get(
    '/taxonomies',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List taxonomies (HSDS page)',
        description: `Taxonomies, Stitch’s own “Stitch translations” first. ${LANG_NOTE}`,
        querystring: TaxonomiesQuery,
        response: { 200: pageOf(HsdsTaxonomy), ...errors },
      },
    },
    async (request) =>
      as(
        pageOf(HsdsTaxonomy),
        await hsds.hsdsTaxonomies(db(), {
          page: request.query.page,
          perPage: request.query.per_page,
          lang: request.query.lang,
        }),
      ),
  );

  app.get(
    '/taxonomies/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'One taxonomy',
        description: LANG_NOTE,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: HsdsTaxonomy, ...errors },
      },
    },
    async (request) =>
      as(
        HsdsTaxonomy,
        found(
          await hsds.hsdsTaxonomy(db(), request.params.id, request.query.lang),
          'taxonomy',
          request.params.id,
        ),
      ),
  );

  app.get(
    '/taxonomy_terms',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List taxonomy terms (HSDS page)',
        description: `Taxonomy terms with their taxonomy nested. ${LANG_NOTE}`,
        querystring: TaxonomyTermsQuery,
        response: { 200: pageOf(HsdsTaxonomyTerm), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return as(
        pageOf(HsdsTaxonomyTerm),
        await hsds.hsdsTaxonomyTerms(db(), {
          page: q.page,
          perPage: q.per_page,
          search: q.search,
          taxonomyId: q.taxonomy_id,
          parentId: q.parent_id,
          topOnly: q.top_only === 'true',
          lang: q.lang,
        }),
      );
    },
  );

  app.get(
    '/taxonomy_terms/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'One taxonomy term',
        description: LANG_NOTE,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: HsdsTaxonomyTerm, ...errors },
      },
    },
    async (request) =>
      as(
        HsdsTaxonomyTerm,
        found(
          await hsds.hsdsTaxonomyTerm(db(), request.params.id, request.query.lang),
          'taxonomy term',
          request.params.id,
        ),
      ),
  );
}

/** Sends JSON text as it is: its shape is held to the writer's by the domain's tests (briefSql.test.ts). */
function sendJsonText(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}
