import type { FastifyInstance } from 'fastify';
import { ALL_EXAMPLES } from '../../../../ui/components/index.js';
import { renderComponentExamplesPage } from './Page.js';

/** The path of the examples page; not under /en or /fr, its chrome is for developers. */
export const DEV_COMPONENTS_PATH = '/dev/components';

/**
 * The development examples page: every shared component in each of its examples. `webRoutes` registers it
 * only outside production (NODE_ENV=production), where the path is an ordinary 404.
 */
export async function devComponentsPage(app: FastifyInstance): Promise<void> {
  app.get(DEV_COMPONENTS_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderComponentExamplesPage(ALL_EXAMPLES)),
  );
}
