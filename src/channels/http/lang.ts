import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLang, LANGUAGES, type Lang } from '../../platform/i18n/index.js';

/** A `lang` parameter among others; any other value is no choice. */
const LangInQuery = z.object({ lang: z.enum(LANGUAGES).optional().catch(undefined) });

/** Picks the language from the path (/fr/…), a `lang` parameter, then Accept-Language; English otherwise. */
export function requestLang(request: FastifyRequest): Lang {
  const path = request.url.split('?')[0] ?? '';
  const prefix = path.split('/')[1];
  if (isLang(prefix)) return prefix;
  const asked = LangInQuery.safeParse(request.query);
  if (asked.success && asked.data.lang) return asked.data.lang;
  return negotiateLang(request.headers['accept-language']);
}

/** Chooses en or fr from an Accept-Language header by quality, defaulting to English. */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag, q } of ranked) {
    if (q <= 0) continue;
    const primary = tag.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}
