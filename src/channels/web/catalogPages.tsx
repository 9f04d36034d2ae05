import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  getLocation,
  getOrganization,
  getService,
  listJurisdictions,
  listOrganizations,
  listServices,
  type Location,
  type Organization,
} from '../../domains/catalog/index.js';
import { listClustersOfServices } from '../../domains/clusters/index.js';
import { recordInteraction } from '../../domains/measurement/index.js';
import { FeedbackForm } from '../../ui/components/FeedbackForm/FeedbackForm.js';
import { governmentService, jsonLdText } from './views/jsonLd.js';
import { LANGUAGES, t, type Lang } from '../../platform/i18n/index.js';
import { isUuid } from '../../platform/ids/index.js';
import { sendNotFoundPage } from './notFound.js';
import { renderHtml } from './html.js';
import { OrganizationListPage, OrganizationPage, ServiceListPage } from './views/ListPages.js';
import { ServicePage } from './views/ServicePage.js';
import { local } from './views/text.js';

const PAGE_SIZE = 20;

function pageNumber(request: FastifyRequest): number {
  const raw = (request.query as Record<string, unknown>).page;
  const value = typeof raw === 'string' ? Number.parseInt(raw, 10) : 1;
  return Number.isFinite(value) && value >= 1 && value <= 10_000 ? value : 1;
}

function searchText(request: FastifyRequest): string {
  const raw = (request.query as Record<string, unknown>).q;
  // Control characters are dropped and the length bounded: the text is echoed back (escaped) in the page.
  return typeof raw === 'string'
    ? raw
        .replace(/\p{Cc}/gu, ' ')
        .trim()
        .slice(0, 500)
    : '';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Pages that browse the partner catalog: home, services, a service, partners, a partner. */
export async function catalogPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  const html = 'text/html; charset=utf-8';

  for (const lang of LANGUAGES) {
    const other: Lang = lang === 'en' ? 'fr' : 'en';

    app.get(`/${lang}/services`, { schema: { hide: true } }, async (request, reply) => {
      const query = searchText(request);
      const page = pageNumber(request);
      const result = await listServices(db, { page, perPage: PAGE_SIZE, search: query || undefined });
      if (query) {
        await recordInteraction(db, {
          channel: 'web',
          kind: 'search',
          lang,
          outcome: result.total ? 'found' : 'none',
          detail: { results: result.total },
        });
      }
      const organizationIds = [...new Set(result.items.map((s) => s.organization_id))];
      const organizations = new Map<string, Organization>(
        (await Promise.all(organizationIds.map((id) => getOrganization(db, id)))).map((o) => [o.id, o]),
      );
      const alternate = `/${other}/services${request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''}`;
      return reply
        .type(html)
        .send(
          renderHtml(
            lang,
            t(lang, 'web.services.title'),
            alternate,
            <ServiceListPage
              lang={lang}
              query={query}
              services={result.items}
              organizations={organizations}
              total={result.total}
              page={page}
              pages={Math.max(1, Math.ceil(result.total / PAGE_SIZE))}
            />,
            { demo: app.deps.demoData, current: 'services' },
          ),
        );
    });

    app.get<{ Params: { id: string } }>(
      `/${lang}/services/:id`,
      { schema: { hide: true } },
      async (request, reply) => {
        const { id } = request.params;
        if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
        const service = await getService(db, id);
        if (service.translation_pending) return sendNotFoundPage(reply, lang, request.url);
        const organization = await getOrganization(db, service.organization_id);
        const locations = new Map<string, Location>(
          (
            await Promise.all(service.service_at_locations.map((sal) => getLocation(db, sal.location_id)))
          ).map((l) => [l.id, l]),
        );
        const partOf = (await listClustersOfServices(db, [service.id])).get(service.id) ?? [];
        await recordInteraction(db, {
          channel: 'web',
          kind: 'view',
          lang,
          service_id: service.id,
          organization_id: service.organization_id,
        });
        const path = `/${lang}/services/${id}`;
        const jsonLd = jsonLdText({
          '@context': 'https://schema.org',
          ...governmentService(
            lang,
            `${request.protocol}://${request.host}`,
            service,
            organization,
            locations,
          ),
        });
        return reply.type(html).send(
          renderHtml(
            lang,
            local(service.name, lang),
            `/${other}/services/${id}`,
            <>
              <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
              <ServicePage
                lang={lang}
                service={service}
                organization={organization}
                locations={locations}
                today={today()}
                partOf={partOf}
              />
              <FeedbackForm
                lang={lang}
                action={`/${lang}/feedback`}
                page={path}
                thanked={(request.query as Record<string, unknown>).feedback === 'thanks'}
              />
            </>,
            { demo: app.deps.demoData, current: 'services' },
          ),
        );
      },
    );

    app.get(`/${lang}/organizations`, { schema: { hide: true } }, async (_request, reply) => {
      const organizations = await listOrganizations(db, { page: 1, perPage: 500 });
      return reply
        .type(html)
        .send(
          renderHtml(
            lang,
            t(lang, 'web.organizations.title'),
            `/${other}/organizations`,
            <OrganizationListPage lang={lang} organizations={organizations.items} />,
            { demo: app.deps.demoData, current: 'organizations' },
          ),
        );
    });

    app.get<{ Params: { id: string } }>(
      `/${lang}/organizations/:id`,
      { schema: { hide: true } },
      async (request, reply) => {
        const { id } = request.params;
        if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
        const organization = await getOrganization(db, id);
        const [services, jurisdictions] = await Promise.all([
          listServices(db, { page: 1, perPage: 500, organizationId: id }),
          listJurisdictions(db),
        ]);
        const jurisdiction = jurisdictions.find((j) => j.id === organization.jurisdiction_id);
        return reply
          .type(html)
          .send(
            renderHtml(
              lang,
              local(organization.name, lang),
              `/${other}/organizations/${id}`,
              <OrganizationPage
                lang={lang}
                organization={organization}
                jurisdiction={jurisdiction}
                services={services.items}
              />,
              { demo: app.deps.demoData, current: 'organizations' },
            ),
          );
      },
    );
  }
}
