import type { FastifyInstance } from 'fastify';
import {
  countServicesByOrganization,
  listJurisdictions,
  listOrganizations,
} from '../../domains/catalog/index.js';
import { LANGUAGES, t, type Lang } from '../../platform/i18n/index.js';
import { renderHtml } from './html.js';
import { JurisdictionsPage, type JurisdictionSummary } from './views/ListPages.js';

const HTML = 'text/html; charset=utf-8';
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The governments (jurisdictions) page: every partner by level of government. */
export async function clusterPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  for (const lang of LANGUAGES) {
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
