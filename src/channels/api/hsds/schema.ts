/** Request and response shapes of the HSDS 3.0 read API (zod; they also make its OpenAPI document). */
import { z } from 'zod';

export const Lang = z
  .enum(['en', 'fr'])
  .optional()
  .meta({
    description:
      'Omitted: English in the HSDS fields and each French text as an attribute (Stitch term `fr`). ' +
      '`fr`: French in the HSDS fields (English where no French exists yet) and no translation attributes.',
  });

const page = z.coerce
  .number()
  .int()
  .min(1)
  .max(Number.MAX_SAFE_INTEGER)
  .default(1)
  .meta({ description: 'Page number, from 1.' });
const perPage = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(50)
  .meta({ description: 'Items per page, 1 to 100 (default 50).' });
const uuid = z.uuid({ error: 'Must be a UUID' });
const bool = z.enum(['true', 'false']).optional();

export const IdParams = z.object({ id: uuid.meta({ description: 'The record’s HSDS id (a UUID).' }) });
export const LangQuery = z.object({ lang: Lang });

export const ServicesQuery = z.object({
  page,
  per_page: perPage,
  search: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Words to look for, in English or French.' }),
  taxonomy_term_id: uuid
    .optional()
    .meta({ description: 'Only services with an attribute pointing to this taxonomy term.' }),
  organization_id: uuid.optional().meta({ description: 'Only the services of this organization.' }),
  modified_after: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .meta({
      description: 'Only services modified after this date (YYYY-MM-DD) or date and time (ISO 8601).',
    }),
  full_service: bool.meta({
    description: '`true`: each item in the full nested form of GET /services/{id}.',
  }),
  lang: Lang,
});

export const OrganizationsQuery = z.object({
  page,
  per_page: perPage,
  search: z.string().trim().min(1).max(200).optional(),
  full_service: bool.meta({
    description:
      '`true`: each organization with its nested arrays, as GET /organizations/{id} minus services.',
  }),
  lang: Lang,
});

export const ServiceAtLocationsQuery = z.object({
  page,
  per_page: perPage,
  search: z.string().trim().min(1).max(200).optional(),
  taxonomy_term_id: uuid.optional(),
  organization_id: uuid.optional(),
  full_service: bool,
  lang: Lang,
});

export const TaxonomiesQuery = z.object({ page, per_page: perPage, lang: Lang });

export const TaxonomyTermsQuery = z.object({
  page,
  per_page: perPage,
  search: z.string().trim().min(1).max(200).optional(),
  taxonomy_id: uuid.optional(),
  parent_id: uuid.optional(),
  top_only: bool,
  lang: Lang,
});

const Attribute = z.looseObject({
  id: z.string(),
  link_id: z.string().optional(),
  link_entity: z.string().optional(),
  link_type: z.string().optional(),
  taxonomy_term_id: z.string().optional(),
  value: z.string().optional(),
});

const Nested = z.array(z.looseObject({ id: z.string() }));

export const HsdsOrganization = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    email: z.string().optional(),
    website: z.string().optional(),
    parent_organization_id: z.string().optional(),
    locations: Nested.optional(),
    programs: Nested.optional(),
    services: Nested.optional(),
    attributes: z.array(Attribute).optional(),
  })
  .meta({ description: 'HSDS 3.0 organization (compiled/organization.json).' });

export const HsdsLocation = z
  .looseObject({
    id: z.string(),
    location_type: z.string(),
    name: z.string().optional(),
    addresses: Nested.optional(),
    attributes: z.array(Attribute).optional(),
  })
  .meta({ description: 'HSDS 3.0 location.' });

export const HsdsService = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    description: z.string().optional(),
    url: z.string().optional(),
    email: z.string().optional(),
    last_modified: z.string().optional(),
    organization: HsdsOrganization.optional(),
    organization_id: z.string().optional(),
    program: z.looseObject({ id: z.string() }).optional(),
    phones: Nested.optional(),
    schedules: Nested.optional(),
    service_at_locations: Nested.optional(),
    attributes: z.array(Attribute).optional(),
  })
  .meta({
    description: 'HSDS 3.0 service (compiled/service.json; list items follow compiled/service_list.json).',
  });

export const HsdsServiceAtLocation = z
  .looseObject({
    id: z.string(),
    description: z.string().optional(),
    location: HsdsLocation.optional(),
    service: HsdsService.optional(),
  })
  .meta({ description: 'HSDS 3.0 service at location (compiled/service_at_location.json).' });

export const HsdsTaxonomy = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    uri: z.string().optional(),
    version: z.string().optional(),
  })
  .meta({
    description: 'HSDS 3.0 taxonomy. Its French is listed as attributes in exports (attributes.json).',
  });

export const HsdsTaxonomyTerm = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    code: z.string().optional(),
    parent_id: z.string().optional(),
    taxonomy: z.string().optional(),
    taxonomy_detail: HsdsTaxonomy.optional(),
    language: z.string().optional(),
  })
  .meta({ description: 'HSDS 3.0 taxonomy term with its taxonomy nested as taxonomy_detail.' });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

export const Base = z.object({
  version: z.string().meta({ description: 'HSDS version of this API.' }),
  profile: z
    .string()
    .meta({ description: 'Where Stitch’s HSDS profile (French and extension attributes) is described.' }),
  openapi_url: z.string().meta({ description: 'This API’s OpenAPI document.' }),
});

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The error answers every write route documents: bad input, nobody signed in, not allowed, unknown, conflict. */
export const WRITE_ERRORS = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
