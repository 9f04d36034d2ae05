import type { FastifyInstance } from 'fastify';
import { isStitchError } from '../../platform/errors/index.js';
import { t } from '../../platform/i18n/index.js';
import { noteDenial } from '../http/access.js';
import { renderError } from '../http/errors.js';
import { negotiateLang, requestLang } from '../http/lang.js';
import { signInPath } from '../http/paths.js';
import { assetRoutes } from './assets.js';
import { renderHtml } from './html.js';
import { checklistPage } from './pages/checklist/routes.js';
import { clusterPage } from './pages/cluster/routes.js';
import { performancePage } from './pages/performance/routes.js';
import { feedbackRoute } from './pages/feedback/routes.js';
import { satisfactionPage } from './pages/satisfaction/routes.js';
import { homePage } from './pages/home/routes.js';
import { screenerPage } from './pages/screener/routes.js';
import { searchPage } from './pages/search/routes.js';
import { managePages } from './manage/index.js';
import { devComponentsPage } from './pages/dev-components/routes.js';
import { sendAccessProblemPage, sendNotFoundPage } from './notFound.js';
import {
  ErrorPage,
  REQUEST_PROBLEMS,
  RequestProblemPage,
  requestProblemTitle,
  type RequestProblem,
} from './pages/not-found/Page.js';
import { governmentsPage } from './pages/governments/routes.js';
import { officeFinderPage } from './pages/offices/routes.js';
import { partnerPages } from './pages/partners/routes.js';
import { servicePage } from './pages/service/routes.js';
import { serviceListPage } from './pages/services/routes.js';
import { signInPages } from './pages/sign-in/routes.js';

export { sendNotFoundPage };

/** Server-rendered pages under /en and /fr; `/` negotiates the language. Every page works without JavaScript. */
export async function webRoutes(app: FastifyInstance): Promise<void> {
  await app.register(assetRoutes);

  app.setErrorHandler(async (error, request, reply) => {
    const lang = requestLang(request);
    if (isStitchError(error) && error.code === 'NOT_FOUND') return sendNotFoundPage(reply, lang, request.url);
    if (isStitchError(error) && error.code === 'UNAUTHENTICATED' && request.method === 'GET') {
      return reply.redirect(`${signInPath(lang)}?return_to=${encodeURIComponent(request.url)}`, 303);
    }
    if (isStitchError(error) && ['FORBIDDEN', 'CSRF_FAILED', 'UNAUTHENTICATED'].includes(error.code)) {
      await noteDenial(app, request, error);
      return sendAccessProblemPage(reply, lang, request.url, error.code as 'FORBIDDEN', !!request.session);
    }
    // The person's request was refused (unreadable, too large, not a form, too many): say so with its
    // own status, never as a failure of ours.
    const { status } = renderError(error, request);
    // Too busy is said the same way: a wait, then try again; nothing of ours failed.
    if ((status >= 400 && status < 500) || (isStitchError(error) && error.code === 'OVERLOADED')) {
      const problem = (REQUEST_PROBLEMS as readonly number[]).includes(status)
        ? (status as RequestProblem)
        : 400;
      const retryAfter = Number(reply.getHeader('retry-after'));
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .send(
          renderHtml(
            lang,
            requestProblemTitle(lang, problem),
            `/${lang === 'en' ? 'fr' : 'en'}`,
            <RequestProblemPage
              lang={lang}
              problem={problem}
              retryAfterSeconds={Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined}
            />,
            { demo: app.deps.demoData },
          ),
        );
    }
    request.log.error({ err: error }, 'page failed');
    return reply
      .status(500)
      .type('text/html; charset=utf-8')
      .send(
        renderHtml(
          lang,
          t(lang, 'web.error.title'),
          `/${lang === 'en' ? 'fr' : 'en'}`,
          <ErrorPage lang={lang} requestId={request.id} />,
          { demo: app.deps.demoData },
        ),
      );
  });

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const lang = negotiateLang(request.headers['accept-language']);
    return reply.header('vary', 'Accept-Language').redirect(`/${lang}`, 302);
  });

  await app.register(homePage);
  await app.register(searchPage);
  await app.register(clusterPage);
  await app.register(performancePage);
  await app.register(screenerPage);
  await app.register(checklistPage);
  await app.register(feedbackRoute);
  await app.register(satisfactionPage);
  await app.register(serviceListPage);
  await app.register(servicePage);
  await app.register(partnerPages);
  await app.register(governmentsPage);
  await app.register(officeFinderPage);
  await app.register(managePages);
  await app.register(signInPages);
  if (!app.deps.production) await app.register(devComponentsPage);
}
