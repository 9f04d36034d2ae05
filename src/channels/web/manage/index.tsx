import type { FastifyInstance } from 'fastify';
import { LANGUAGES, t, type Lang } from '../../../platform/i18n/index.js';
import { managePath } from '../../http/paths.js';
import { clusterPages } from './pages/clusters/routes.js';
import { peoplePages } from './pages/people/routes.js';
import { recordPages } from './pages/records/routes.js';
import { partnershipPages } from './pages/partnerships/routes.js';
import { auditPages } from './pages/audit/routes.js';
import { costPages } from './pages/costs/routes.js';
import { resultsPages } from './pages/results/routes.js';
import { overviewPages } from './pages/overview/routes.js';
import { indicatorPages } from './pages/indicators/routes.js';
import { pilotEvaluationPages } from './pages/pilot-evaluation/routes.js';
import { businessCasePages } from './pages/business-case/routes.js';
import { manageNav, sendManagePage } from './shell.js';
import { requireActor } from '../../http/access.js';

/**
 * The back office under /en/manage and /fr/gestion. Every page needs a signed-in person with a role;
 * each area (services, clusters, partnerships, audit) is registered below and checks its own rights
 * through the domain it calls.
 */
export async function managePages(app: FastifyInstance): Promise<void> {
  await app.register(recordPages);
  await app.register(peoplePages);
  await app.register(clusterPages);
  await app.register(partnershipPages);
  await app.register(costPages);
  await app.register(resultsPages);
  await app.register(overviewPages);
  await app.register(indicatorPages);
  await app.register(pilotEvaluationPages);
  await app.register(businessCasePages);
  await app.register(auditPages);
  for (const lang of LANGUAGES) {
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    app.get(managePath(lang), { schema: { hide: true } }, async (request, reply) => {
      // Someone who signed in but holds no role yet is told how to get one (this is not a refusal).
      const actor = requireActor(request);
      const sections = manageNav(lang, actor).slice(1);
      return sendManagePage(
        request,
        reply,
        { lang, title: t(lang, 'common.manage.home'), alternatePath: managePath(other), current: 'home' },
        <>
          <h1>{t(lang, 'common.manage.home')}</h1>
          <p>{t(lang, 'common.manage.welcome', { name: actor.name })}</p>
          {actor.grants.length === 0 && <p>{t(lang, 'common.manage.noRoleYet')}</p>}
          <ul>
            {sections.map((section) => (
              <li key={section.key}>
                <a href={section.href}>{section.label}</a>
              </li>
            ))}
          </ul>
        </>,
      );
    });
  }
}
