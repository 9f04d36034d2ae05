import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  listJurisdictions,
  listOrganizations,
  countServicesByOrganization,
  loadLocations,
  loadOrganizations,
  loadServices,
  type Location,
  type Organization,
  type Service,
} from '../../domains/catalog/index.js';
import {
  buildChecklist,
  getClusterVersion,
  getPublicClusterBySlug,
  listPublicClusters,
  openChecklistLink,
  screenAnswers,
  sealChecklistLink,
  type PublishedCluster,
} from '../../domains/clusters/index.js';
import { createInteractionBuffer, recordInteraction } from '../../domains/measurement/index.js';
import { getClusterAgreement, getClusterBranding } from '../../domains/partnerships/index.js';
import { MAX_QUERY_LENGTH, recordSearch, searchNeeds } from '../../domains/search/index.js';
import type { Db } from '../../platform/db/index.js';
import { isStitchError } from '../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../platform/i18n/index.js';
import { isEmailAddress } from '../../platform/mail/index.js';
import { FeedbackForm } from '../../ui/components/FeedbackForm/FeedbackForm.js';
import { checklistPath, CLUSTER_SEGMENT, clusterPath, searchPath } from '../http/paths.js';
import { renderHtml } from './html.js';
import { sendNotFoundPage } from './notFound.js';
import { PageCache } from './pageCache.js';
import { ChecklistPage, ScreenerPage, type EmailState } from './views/ChecklistPages.js';
import { ClusterPage, type ClusterContent, type CoBrandParty } from './views/ClusterPage.js';
import { clusterItemList, jsonLdText } from './views/jsonLd.js';
import { JurisdictionsPage, type JurisdictionSummary } from './views/ListPages.js';
import { HomePage, SearchPage } from './views/NeedPages.js';
import { local } from './views/text.js';

const HTML = 'text/html; charset=utf-8';
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOKEN = /^[A-Za-z0-9_-]{40,4000}$/;

/** The services, partners and offices a cluster version uses, in three batched queries. */
export async function loadClusterContent(db: Db, cluster: PublishedCluster): Promise<ClusterContent> {
  const steps = cluster.definition.stages.flatMap((stage) => stage.steps);
  const serviceIds = [...new Set(steps.flatMap((step) => step.service_ids))];
  const services = new Map<string, Service>((await loadServices(db, serviceIds)).map((s) => [s.id, s]));
  const organizationIds = new Set<string>([cluster.definition.lead_organization_id]);
  for (const service of services.values()) organizationIds.add(service.organization_id);
  for (const step of steps)
    if (step.responsible_organization_id) organizationIds.add(step.responsible_organization_id);
  const locationIds = [
    ...new Set([...services.values()].flatMap((s) => s.service_at_locations.map((sal) => sal.location_id))),
  ];
  const [organizations, locations] = await Promise.all([
    loadOrganizations(db, [...organizationIds]),
    loadLocations(db, locationIds),
  ]);
  return {
    cluster,
    services,
    organizations: new Map<string, Organization>(organizations.map((o) => [o.id, o])),
    locations: new Map<string, Location>(locations.map((l) => [l.id, l])),
  };
}

/**
 * The partners whose brands a cluster shows today, per its partnership's agreement in force (lead first,
 * then the co-brands in order); undefined without an agreement in force. Kiosk and mail renderers reuse
 * getClusterBranding, so every channel brands a cluster alike.
 */
export async function loadCoBrands(
  db: Db,
  clusterKey: string,
  known: ReadonlyMap<string, Organization>,
): Promise<CoBrandParty[] | undefined> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  const branding = getClusterBranding(await getClusterAgreement(db, clusterKey, today));
  if (!branding) return undefined;
  const missing = branding.parties.map((p) => p.organization_id).filter((id) => !known.has(id));
  const organizations = new Map(known);
  for (const organization of await loadOrganizations(db, missing))
    organizations.set(organization.id, organization);
  return branding.parties
    .filter((party) => organizations.has(party.organization_id))
    .map((party) => ({ ...party, organization: organizations.get(party.organization_id)! }));
}

function origin(request: FastifyRequest, publicUrl?: string): string {
  return publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
}

function formValues(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

function jsonLdScript(json: string) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** The portal organised by need: home, need search, cluster pages, screener and personal checklists, feedback. */
export async function clusterPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  // Pages are kept encoded: a 60 kB page is turned into bytes once, not on every request.
  const cache = new PageCache<Buffer>();
  const clusters = new PageCache<PublishedCluster>();
  // Page views are counted in batches; the checklist, email and feedback record in their own writes.
  const views = createInteractionBuffer(db, {
    onError: (error) => app.log.error({ err: error }, 'views not recorded'),
  });
  app.addHook('onClose', () => views.close());

  const sendCluster404 = (reply: FastifyReply, lang: Lang, url: string) => sendNotFoundPage(reply, lang, url);

  /** A public cluster by slug, or undefined (the caller answers 404). */
  async function findCluster(lang: Lang, slug: string): Promise<PublishedCluster | undefined> {
    if (!SLUG.test(slug) || slug.length > 80) return undefined;
    return clusters.get(`${lang}:${slug}`, async () => {
      try {
        return await getPublicClusterBySlug(db, lang, slug);
      } catch (error) {
        if (isStitchError(error) && error.code === 'NOT_FOUND') return undefined;
        throw error;
      }
    });
  }

  for (const lang of LANGUAGES) {
    app.get(`/${lang}`, { schema: { hide: true } }, async (_request, reply) => {
      const html = await cache.get(`home:${lang}`, async () => {
        const clusters = await listPublicClusters(db);
        return Buffer.from(
          renderHtml(
            lang,
            t(lang, 'web.home.title'),
            `/${other(lang)}`,
            <HomePage lang={lang} clusters={clusters} />,
            { demo: app.deps.demoData, current: 'home' },
          ),
        );
      });
      return reply.type(HTML).send(html);
    });

    app.get(searchPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const raw = (request.query as Record<string, unknown>).q;
      const query = typeof raw === 'string' ? raw.replace(/\p{Cc}/gu, ' ') : '';
      const result = query.trim()
        ? await searchNeeds(db, { q: query, lang, limit: 20 })
        : { hits: [], understood: [] };
      if (query.trim()) {
        await recordSearch(db, {
          q: query,
          lang,
          channel: 'web',
          results: result.hits.length,
          topCluster: result.hits[0]?.kind === 'cluster' ? result.hits[0].ref : null,
        });
      }
      const clusters = result.hits.length === 0 && query.trim() ? await listPublicClusters(db) : [];
      const alternate = `${searchPath(other(lang))}${query.trim() ? `?${new URLSearchParams({ q: query.slice(0, 500) })}` : ''}`;
      return reply
        .type(HTML)
        .send(
          renderHtml(
            lang,
            t(lang, 'clusters.search.title'),
            alternate,
            <SearchPage
              lang={lang}
              query={query}
              hits={result.hits}
              understood={result.understood}
              truncated={query.length > MAX_QUERY_LENGTH}
              clusters={clusters}
            />,
            { demo: app.deps.demoData },
          ),
        );
    });

    app.get<{ Params: { slug: string }; Querystring: { feedback?: string } }>(
      `/${lang}/${CLUSTER_SEGMENT}/:slug`,
      { schema: { hide: true } },
      async (request, reply) => {
        const cluster = await findCluster(lang, request.params.slug);
        if (!cluster) return sendCluster404(reply, lang, request.url);
        views.record({ channel: 'web', kind: 'view', lang, cluster_key: cluster.key });
        const thanked = request.query.feedback === 'thanks';
        const path = clusterPath(lang, cluster.definition.slug[lang]);
        const html = await cache.get(
          `cluster:${lang}:${cluster.key}:${cluster.version}:${thanked}`,
          async () => {
            const content = await loadClusterContent(db, cluster);
            const brands = await loadCoBrands(db, cluster.key, content.organizations);
            const d = cluster.definition;
            const jsonLd = jsonLdText(
              clusterItemList(
                lang,
                origin(request, app.deps.publicUrl),
                path,
                cluster,
                content.services,
                content.organizations,
                content.locations,
              ),
            );
            return Buffer.from(
              renderHtml(
                lang,
                local(d.title, lang),
                clusterPath(other(lang), d.slug[other(lang)]),
                <>
                  {jsonLdScript(jsonLd)}
                  <ClusterPage lang={lang} content={content} brands={brands} />
                  <FeedbackForm lang={lang} action={`/${lang}/feedback`} page={path} thanked={thanked} />
                </>,
                { demo: app.deps.demoData },
              ),
            );
          },
        );
        return reply.type(HTML).send(html);
      },
    );

    const screenerRoute = `/${lang}/${CLUSTER_SEGMENT}/:slug/${lang === 'en' ? 'checklist' : 'liste'}`;

    app.get<{ Params: { slug: string } }>(
      screenerRoute,
      { schema: { hide: true } },
      async (request, reply) => {
        const cluster = await findCluster(lang, request.params.slug);
        if (!cluster || cluster.definition.screener.length === 0)
          return sendCluster404(reply, lang, request.url);
        const content = await loadClusterContent(db, cluster);
        return reply
          .type(HTML)
          .send(
            renderHtml(
              lang,
              t(lang, 'clusters.screener.title', { cluster: local(cluster.definition.title, lang) }),
              checklistPath(other(lang), cluster.definition.slug[other(lang)]),
              <ScreenerPage
                lang={lang}
                content={content}
                questions={cluster.definition.screener}
                values={{}}
                problems={[]}
              />,
              { demo: app.deps.demoData },
            ),
          );
      },
    );

    app.post<{ Params: { slug: string } }>(
      screenerRoute,
      { schema: { hide: true } },
      async (request, reply) => {
        const cluster = await findCluster(lang, request.params.slug);
        if (!cluster || cluster.definition.screener.length === 0)
          return sendCluster404(reply, lang, request.url);
        const values = formValues(request);
        const screened = screenAnswers(cluster.definition.screener, values);
        if (screened.problems.length > 0) {
          const content = await loadClusterContent(db, cluster);
          return reply
            .status(400)
            .type(HTML)
            .send(
              renderHtml(
                lang,
                `${t(lang, 'clusters.screener.errorsHeading')} – ${t(lang, 'clusters.screener.title', { cluster: local(cluster.definition.title, lang) })}`,
                checklistPath(other(lang), cluster.definition.slug[other(lang)]),
                <ScreenerPage
                  lang={lang}
                  content={content}
                  questions={cluster.definition.screener}
                  values={values}
                  problems={screened.problems}
                />,
                { demo: app.deps.demoData },
              ),
            );
        }
        const token = await sealChecklistLink(db, {
          key: cluster.key,
          version: cluster.version,
          answers: screened.answers,
        });
        await recordInteraction(db, {
          channel: 'web',
          kind: 'start',
          lang,
          cluster_key: cluster.key,
          outcome: 'checklist',
        });
        return reply.redirect(`${checklistPath(lang, cluster.definition.slug[lang])}/${token}`, 303);
      },
    );

    async function renderChecklist(
      request: FastifyRequest<{ Params: { slug: string; token: string } }>,
      reply: FastifyReply,
      email: EmailState,
      emailValue?: string,
    ) {
      const { slug, token } = request.params;
      const cluster = await findCluster(lang, slug);
      if (!cluster || !TOKEN.test(token)) return sendCluster404(reply, lang, request.url);
      let link;
      try {
        link = await openChecklistLink(db, token);
      } catch {
        return sendCluster404(reply, lang, request.url);
      }
      if (link.key !== cluster.key) return sendCluster404(reply, lang, request.url);
      // The checklist is built on the version the person answered, so a later edit does not move their steps.
      const definition =
        link.version === cluster.version
          ? cluster.definition
          : await getClusterVersion(db, cluster.key, link.version);
      const answered = { ...cluster, version: link.version, definition };
      const content = await loadClusterContent(db, answered);
      const checklist = buildChecklist(definition, link.answers);
      const path = `${checklistPath(lang, cluster.definition.slug[lang])}/${token}`;
      return reply
        .status(email === 'invalid' ? 400 : 200)
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'private, no-store')
        .type(HTML)
        .send(
          renderHtml(
            lang,
            t(lang, 'clusters.checklist.title', { cluster: local(definition.title, lang) }),
            `${checklistPath(other(lang), cluster.definition.slug[other(lang)])}/${token}`,
            <ChecklistPage
              lang={lang}
              content={content}
              checklist={checklist}
              answers={link.answers}
              questions={definition.screener}
              path={path}
              emailEnabled={!!app.deps.mailer}
              email={email}
              emailValue={emailValue}
            />,
            { demo: app.deps.demoData },
          ),
        );
    }

    app.get<{ Params: { slug: string; token: string }; Querystring: { email?: string } }>(
      `${screenerRoute}/:token`,
      { schema: { hide: true } },
      async (request, reply) =>
        renderChecklist(request, reply, request.query.email === 'sent' ? 'sent' : undefined),
    );

    app.post<{ Params: { slug: string; token: string } }>(
      `${screenerRoute}/:token/email`,
      { schema: { hide: true }, config: { rateLimit: { max: 10, timeWindow: '1 hour' } } },
      async (request, reply) => {
        const cluster = await findCluster(lang, request.params.slug);
        if (!cluster || !TOKEN.test(request.params.token)) return sendCluster404(reply, lang, request.url);
        const raw = formValues(request).email;
        const address = typeof raw === 'string' ? raw.trim().slice(0, 254) : '';
        const mailer = app.deps.mailer;
        if (!mailer) return renderChecklist(request, reply, undefined);
        if (!isEmailAddress(address)) return renderChecklist(request, reply, 'invalid', address);
        try {
          await openChecklistLink(db, request.params.token);
        } catch {
          return sendCluster404(reply, lang, request.url);
        }
        const path = `${checklistPath(lang, cluster.definition.slug[lang])}/${request.params.token}`;
        const title = local(cluster.definition.title, lang);
        try {
          await mailer.send({
            to: address,
            lang,
            subject: t(lang, 'clusters.checklist.emailSubject', { cluster: title }),
            text: t(lang, 'clusters.checklist.emailBody', {
              cluster: title,
              url: `${origin(request, app.deps.publicUrl)}${path}`,
              site: t(lang, 'common.siteName'),
            }),
          });
        } catch (error) {
          request.log.warn({ err: error }, 'checklist email failed');
          return renderChecklist(request, reply, 'failed');
        }
        await recordInteraction(db, {
          channel: 'email',
          kind: 'referral',
          lang,
          cluster_key: cluster.key,
          outcome: 'checklist-sent',
        });
        return reply.redirect(`${path}?email=sent`, 303);
      },
    );

    app.post(`/${lang}/feedback`, { schema: { hide: true } }, async (request, reply) => {
      const values = formValues(request);
      const page = typeof values.page === 'string' ? values.page : '';
      // Only a page of this site in this language: never an open redirect.
      const safePage =
        /^\/(en|fr)(\/[A-Za-z0-9._~\-/]*)?$/.test(page) && page.length <= 300 ? page : `/${lang}`;
      const useful = values.useful === 'yes' ? 'useful' : values.useful === 'no' ? 'not-useful' : undefined;
      if (useful) {
        const clusterSlug = safePage.startsWith(`/${lang}/${CLUSTER_SEGMENT}/`)
          ? safePage.split('/')[3]
          : undefined;
        const cluster = clusterSlug ? await findCluster(lang, clusterSlug) : undefined;
        const serviceId = /^\/(en|fr)\/services\/([0-9a-f-]{36})$/.exec(safePage)?.[2];
        await recordInteraction(db, {
          channel: 'web',
          kind: 'feedback',
          lang,
          outcome: useful,
          cluster_key: cluster?.key ?? null,
          service_id: serviceId ?? null,
          detail: { page: safePage },
        });
      }
      return reply.redirect(`${safePage}?feedback=thanks#feedback`, 303);
    });

    app.get(
      `/${lang}/${lang === 'en' ? 'governments' : 'gouvernements'}`,
      { schema: { hide: true } },
      async (_request, reply) => {
        const [organizations, jurisdictions, counts] = await Promise.all([
          listOrganizations(db, { page: 1, perPage: 500 }),
          listJurisdictions(db),
          countServicesByOrganization(db),
        ]);
        const byId = new Map<string, JurisdictionSummary>(jurisdictions.map((j) => [j.id, j]));
        const partners = organizations.items.map((organization) => ({
          organization,
          jurisdiction: organization.jurisdiction_id ? byId.get(organization.jurisdiction_id) : undefined,
          services: counts.get(organization.id) ?? 0,
        }));
        return reply
          .type(HTML)
          .send(
            renderHtml(
              lang,
              t(lang, 'clusters.jurisdictions.title'),
              `/${other(lang)}/${lang === 'en' ? 'gouvernements' : 'governments'}`,
              <JurisdictionsPage lang={lang} partners={partners} />,
              { demo: app.deps.demoData, current: 'organizations' },
            ),
          );
      },
    );
  }
}
