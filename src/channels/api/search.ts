/** GET /api/v1/search: needs in people's words → clusters and services, best first (DESIGN.md contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MAX_NEED_LENGTH,
  MAX_NEED_RESULTS,
  NeedSearchSchema,
  searchForNeed,
} from '../../domains/search/index.js';
import { actorOf } from '../http/access.js';
import { requestLang } from '../http/lang.js';
import { clusterPath, servicePath } from '../http/paths.js';
import { searchWhyLine } from '../searchWhy.js';
import { ErrorResponse } from './hsds/schema.js';

export const SearchQuerySchema = z.object({
  q: z
    .string({ error: 'The need to search for (q) is required' })
    .max(MAX_NEED_LENGTH, `The need is too long: ${MAX_NEED_LENGTH} characters at most`)
    .meta({
      description: `The need, in the person’s own words, English or French (${MAX_NEED_LENGTH} characters at most).`,
    }),
  lang: NeedSearchSchema.shape.lang
    .optional()
    .meta({ description: 'The language of titles and URLs (default: Accept-Language, else English).' }),
  exact: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .meta({ description: 'Search the words as typed, without spelling correction (default: corrected).' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_NEED_RESULTS)
    .default(10)
    .meta({ description: `How many results, 1 to ${MAX_NEED_RESULTS} (default 10).` }),
});

const Why = z.string().meta({
  description:
    'Why it matched, one short line in the asked language: the name typed, a phrase, the words found.',
});
const ClusterResult = z.object({
  type: z.literal('cluster'),
  key: z.string().meta({ description: 'The cluster’s stable key, e.g. having-a-baby.' }),
  title: z.string(),
  url: z.string().meta({ description: 'The cluster page in the asked language.' }),
  score: z.number(),
  why: Why,
});
const ServiceResult = z.object({
  type: z.literal('service'),
  id: z.uuid(),
  title: z.string(),
  url: z.string().meta({ description: 'The service page in the asked language.' }),
  score: z.number(),
  why: Why,
});
export const SearchResponseSchema = z.object({
  results: z.array(z.union([ClusterResult, ServiceResult])),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })).meta({
    description: 'Words read as others ("husbnad" → "husband"); empty when none was. Undo with exact=1.',
  }),
});

export async function searchRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/search',
    {
      schema: {
        tags: ['Search'],
        summary: 'Search needs',
        description:
          'Finds the clusters (life events, business events, client groups) and services that meet a need said in ' +
          'the person’s own words, in English or French: accents ignored, stemming, typos tolerated, synonyms and ' +
          'colloquial terms. When the need names a program (its name, acronym or nickname), that service comes first; ' +
          'when it describes a situation, its cluster ranks ahead of the services it contains. ' +
          'A search that finds nothing is recorded as an unmet need.',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, 400: ErrorResponse },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const exact = request.query.exact === '1' || request.query.exact === 'true';
      const lang = request.query.lang ?? requestLang(request);
      const { hits, corrections } = await searchForNeed(app.deps.db, actorOf(request), {
        q,
        lang,
        limit,
        exact,
        channel: 'api',
      });
      return {
        corrections,
        results: hits.map((hit) =>
          hit.kind === 'cluster'
            ? {
                type: 'cluster' as const,
                key: hit.ref,
                title: hit.title,
                url: clusterPath(lang, hit.slug ?? hit.ref),
                score: hit.score,
                why: searchWhyLine(lang, hit.why),
              }
            : {
                type: 'service' as const,
                id: hit.ref,
                title: hit.title,
                url: servicePath(lang, hit.ref),
                score: hit.score,
                why: searchWhyLine(lang, hit.why),
              },
        ),
      };
    },
  );
}
