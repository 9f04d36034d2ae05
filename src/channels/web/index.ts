import type { FastifyInstance } from 'fastify';
import { negotiateLang } from '../http/lang.js';

/** Server-rendered pages under /en and /fr; `/` negotiates the language. */
export async function webRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const lang = negotiateLang(request.headers['accept-language']);
    return reply.header('vary', 'Accept-Language').redirect(`/${lang}`, 302);
  });
}
