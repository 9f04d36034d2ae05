/**
 * Reference routes for the API bench, mounted on the same server as the routes they are compared with:
 * each answers the same page as an HSDS route (English, no French attributes) from one hand-written SQL
 * statement whose JSON text is sent as it comes from the database. They bound what any implementation
 * on this database and this HTTP stack can do; they are not part of the product.
 */
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';

const en = (column: string) => `${column}->>'en'`;

/** The brief form of a service: its own fields, its organization's, its program. */
const SERVICES_PAGE = `
select jsonb_build_object(
  'total_items', total.n,
  'total_pages', greatest(1, ceil(total.n / $1::numeric)),
  'page_number', $2::int,
  'size', coalesce(jsonb_array_length(page.items), 0),
  'first_page', $2::int = 1,
  'last_page', $2::int >= greatest(1, ceil(total.n / $1::numeric)),
  'empty', page.items is null,
  'contents', coalesce(page.items, '[]'::jsonb)
)::text as body
from (select count(*) as n from service where translation_pending = false) total,
lateral (
  select jsonb_agg(item order by ord) as items from (
    select row_number() over (order by ${en('s.name')}, s.id) as ord, jsonb_strip_nulls(jsonb_build_object(
      'id', s.id, 'name', ${en('s.name')}, 'alternate_name', ${en('s.alternate_name')},
      'description', ${en('s.description')}, 'url', ${en('s.url')}, 'email', s.email, 'status', s.status,
      'interpretation_services', ${en('s.interpretation_services')},
      'application_process', ${en('s.application_process')}, 'fees_description', ${en('s.fees_description')},
      'wait_time', ${en('s.wait_time')}, 'fees', ${en('s.fees')}, 'accreditations', ${en('s.accreditations')},
      'eligibility_description', ${en('s.eligibility_description')}, 'licenses', ${en('s.licenses')},
      'alert', ${en('s.alert')}, 'minimum_age', s.minimum_age, 'maximum_age', s.maximum_age,
      'assured_date', s.assured_date, 'assurer_email', s.assurer_email, 'last_modified', s.last_modified,
      'organization', jsonb_build_object(
        'id', o.id, 'name', ${en('o.name')}, 'alternate_name', ${en('o.alternate_name')},
        'description', ${en('o.description')}, 'email', o.email, 'website', ${en('o.website')},
        'tax_status', o.tax_status, 'tax_id', o.tax_id, 'year_incorporated', o.year_incorporated,
        'legal_status', o.legal_status, 'logo', o.logo, 'uri', o.uri,
        'parent_organization_id', o.parent_organization_id),
      'program', case when p.id is null then null else jsonb_build_object(
        'id', p.id, 'name', ${en('p.name')}, 'alternate_name', ${en('p.alternate_name')},
        'description', ${en('p.description')}) end
    )) as item
    from service s
    join organization o on o.id = s.organization_id
    left join program p on p.id = s.program_id
    where s.translation_pending = false
    order by ${en('s.name')}, s.id
    limit $1 offset ($2 - 1) * $1
  ) rows
) page`;

const schedules = (where: string) => `coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
  'id', h.id, 'freq', h.freq, 'byday', h.byday, 'opens_at', h.opens_at, 'closes_at', h.closes_at,
  'valid_from', h.valid_from, 'valid_to', h.valid_to, 'description', ${en('h.description')})) order by h.position, h.id)
  from schedule h where ${where}), '[]'::jsonb)`;

const phones = (where: string) => `coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
  'id', ph.id, 'number', ph.number, 'extension', ph.extension, 'type', ph.type,
  'description', ${en('ph.description')},
  'languages', coalesce((select jsonb_agg(jsonb_build_object('id', pl.id, 'name', ${en('pl.name')}, 'code', pl.code))
    from language pl where pl.phone_id = ph.id), '[]'::jsonb))) order by ph.position, ph.id)
  from phone ph where ${where}), '[]'::jsonb)`;

const location = (alias: string) => `jsonb_strip_nulls(jsonb_build_object(
  'id', ${alias}.id, 'name', ${en(`${alias}.name`)}, 'description', ${en(`${alias}.description`)},
  'location_type', ${alias}.location_type, 'latitude', ${alias}.latitude, 'longitude', ${alias}.longitude,
  'addresses', coalesce((select jsonb_agg(to_jsonb(a) - 'location_id' - 'position' order by a.position, a.id)
    from address a where a.location_id = ${alias}.id), '[]'::jsonb),
  'phones', ${phones(`ph.location_id = ${alias}.id`)},
  'schedules', ${schedules(`h.location_id = ${alias}.id`)},
  'accessibility', coalesce((select jsonb_agg(jsonb_build_object('id', x.id, 'description', ${en('x.description')}))
    from accessibility x where x.location_id = ${alias}.id), '[]'::jsonb),
  'languages', coalesce((select jsonb_agg(jsonb_build_object('id', l.id, 'name', ${en('l.name')}, 'code', l.code))
    from language l where l.location_id = ${alias}.id), '[]'::jsonb)))`;

/** The full form of one service: organization with its locations, locations, channels, standards. */
const SERVICE_RECORD = `
select jsonb_strip_nulls(jsonb_build_object(
  'id', s.id, 'name', ${en('s.name')}, 'alternate_name', ${en('s.alternate_name')},
  'description', ${en('s.description')}, 'url', ${en('s.url')}, 'email', s.email, 'status', s.status,
  'application_process', ${en('s.application_process')}, 'fees_description', ${en('s.fees_description')},
  'eligibility_description', ${en('s.eligibility_description')}, 'last_modified', s.last_modified,
  'organization', (select jsonb_build_object(
      'id', o.id, 'name', ${en('o.name')}, 'description', ${en('o.description')}, 'website', ${en('o.website')},
      'locations', coalesce((select jsonb_agg(${location('ol')} order by ol.id) from location ol
        where ol.organization_id = o.id), '[]'::jsonb))
    from organization o where o.id = s.organization_id),
  'phones', ${phones('ph.service_id = s.id')},
  'schedules', ${schedules('h.service_id = s.id')},
  'languages', coalesce((select jsonb_agg(jsonb_build_object('id', l.id, 'name', ${en('l.name')}, 'code', l.code))
    from language l where l.service_id = s.id), '[]'::jsonb),
  'required_documents', coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'document', ${en('d.document')}, 'uri', d.uri)
    order by d.position, d.id) from required_document d where d.service_id = s.id), '[]'::jsonb),
  'cost_options', coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'amount', c.amount, 'currency', c.currency,
    'option', ${en('c.option')}) order by c.position, c.id) from cost_option c where c.service_id = s.id), '[]'::jsonb),
  'service_at_locations', coalesce((select jsonb_agg(jsonb_build_object('id', sal.id,
      'description', ${en('sal.description')}, 'location', ${location('sl')}) order by sal.position, sal.id)
    from service_at_location sal join location sl on sl.id = sal.location_id where sal.service_id = s.id), '[]'::jsonb),
  'attributes', coalesce((select jsonb_agg(jsonb_build_object('id', ch.id, 'link_type', 'stitch:channel',
      'value', (to_jsonb(ch) || jsonb_build_object('hours', ${schedules('h.channel_id = ch.id')}))::text)
      order by ch.position, ch.id) from service_channel ch where ch.service_id = s.id), '[]'::jsonb)
    || coalesce((select jsonb_agg(jsonb_build_object('id', st.id, 'link_type', 'stitch:standard', 'value', to_jsonb(st)::text))
      from service_standard st where st.service_id = s.id), '[]'::jsonb)
))::text as body
from service s where s.id = $1`;

/** Mounts GET /reference/services?per_page=&page= and GET /reference/services/:id. */
export function mountReferenceRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: { per_page?: string; page?: string } }>(
    '/reference/services',
    async (request, reply) => {
      const perPage = Number(request.query.per_page ?? 50);
      const page = Number(request.query.page ?? 1);
      const { rows } = await db.executeQuery<{ body: string }>(
        CompiledQuery.raw(SERVICES_PAGE, [perPage, page]),
      );
      return reply.type('application/json').send(rows[0]!.body);
    },
  );
  app.get<{ Params: { id: string } }>('/reference/services/:id', async (request, reply) => {
    const { rows } = await db.executeQuery<{ body: string }>(
      CompiledQuery.raw(SERVICE_RECORD, [request.params.id]),
    );
    if (rows.length === 0) return reply.code(404).send();
    return reply.type('application/json').send(rows[0]!.body);
  });
}
