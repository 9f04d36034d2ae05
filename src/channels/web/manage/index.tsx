import type { FastifyInstance } from 'fastify';
import { LANGUAGES, t, type Lang } from '../../../platform/i18n/index.js';
import { managePath } from '../../http/paths.js';
import { manageNav, requireStaff, sendManagePage } from './shell.js';

/**
 * The back office under /en/manage and /fr/gestion. Every page needs a signed-in person with a role;
 * each area (services, clusters, partnerships, audit) is registered below and checks its own rights
 * through the domain it calls.
 */
export async function managePages(app: FastifyInstance): Promise<void> {
  for (const lang of LANGUAGES) {
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    app.get(managePath(lang), { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const sections = manageNav(lang, actor).slice(1);
      return sendManagePage(
        request,
        reply,
        { lang, title: t(lang, 'common.manage.home'), alternatePath: managePath(other), current: 'home' },
        <>
          <h1>{t(lang, 'common.manage.home')}</h1>
          <p>{t(lang, 'common.manage.welcome', { name: actor.name })}</p>
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
