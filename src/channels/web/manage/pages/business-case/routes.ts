/** A cluster's business case for a period, with every figure downloadable and a printable version. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getBusinessCase,
  listReadableClusters,
  mayOpenResults,
  type BusinessCase,
} from '../../../../../domains/insights/index.js';
import type { Actor } from '../../../../../platform/auth/index.js';
import type { Db } from '../../../../../platform/db/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { todayInToronto } from '../../views/AuditTime.js';
import { businessCaseRows } from './export.js';
import { BusinessCasePage } from './Page.js';
import { problemsInWords, type ResultsProblem } from '../results/schema.js';
import { BusinessCaseQueryString } from './schema.js';

export const BUSINESS_CASE_SEGMENT = { en: 'business-case', fr: 'analyse-de-rentabilisation' } as const;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The results page's words for the same problems. */

type Outcome =
  | { businessCase: BusinessCase; problems: []; status: 200 }
  | { businessCase?: undefined; problems: FieldProblem[]; status: 200 | 400 | 404 };

async function businessCaseFor(
  db: Db,
  actor: Actor,
  lang: Lang,
  found: ResultsProblem[],
  filters: { cluster: string; from?: string | undefined; to?: string | undefined },
): Promise<Outcome> {
  if (found.length)
    return {
      problems: problemsInWords(lang, found),
      status: 400,
    };
  try {
    const businessCase = await getBusinessCase(db, actor, { ...filters, today: todayInToronto() });
    return { businessCase, problems: [], status: 200 };
  } catch (error) {
    if (isStitchError(error) && error.code === 'NOT_FOUND')
      return {
        problems: [{ path: 'cluster', message: t(lang, 'results.problems.unknownCluster') }],
        status: 404,
      };
    throw error;
  }
}

export async function businessCasePages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'business-case',
    segment: BUSINESS_CASE_SEGMENT,
    label: { en: t('en', 'results.businessCase.section'), fr: t('fr', 'results.businessCase.section') },
    visibleTo: mayOpenResults,
  });

  for (const lang of LANGUAGES) {
    const base = managePath(lang, BUSINESS_CASE_SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, problems: found, print, filters } = BusinessCaseQueryString.parse(request.query ?? {});
      const clusters = await listReadableClusters(db, actor);
      const chosen = form.cluster || clusters[0]?.key || '';
      const outcome: Outcome = chosen
        ? await businessCaseFor(db, actor, lang, found, { ...filters, cluster: chosen })
        : { problems: [], status: 200 };
      const search = new URLSearchParams({ ...form, cluster: chosen }).toString();
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.businessCase.section'),
          alternatePath: `${managePath(other(lang), BUSINESS_CASE_SEGMENT[other(lang)])}?${search}${print ? '&print=1' : ''}`,
          current: 'business-case',
          status: outcome.status,
        },
        h(BusinessCasePage, {
          lang,
          action: base,
          clusters,
          form: { ...form, cluster: chosen },
          problems: outcome.problems,
          print,
          businessCase: outcome.businessCase,
          links: outcome.businessCase
            ? {
                csv: `${base}/csv?${search}`,
                printable: `${base}?${search}&print=1`,
                full: `${base}?${search}`,
              }
            : undefined,
        }),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, problems: found, filters } = BusinessCaseQueryString.parse(request.query ?? {});
      const outcome = await businessCaseFor(db, actor, lang, form.cluster ? found : ['cluster'], filters);
      if (!outcome.businessCase)
        return reply.redirect(`${base}?${new URLSearchParams({ ...form }).toString()}`, 303);
      const b = outcome.businessCase;
      const head = (key: 'section' | 'key' | 'measure' | 'value') => t(lang, `results.csvHeader.${key}`);
      return sendCsv(reply, `business-case-${b.cluster.key}-${b.period.from}-${b.period.to}.csv`, [
        [
          t(lang, 'results.filters.cluster'),
          t(lang, 'results.filters.from'),
          t(lang, 'results.filters.to'),
          head('section'),
          head('key'),
          head('measure'),
          head('value'),
        ],
        ...businessCaseRows(b).map((row) => [b.cluster.key, b.period.from, b.period.to, ...row]),
      ]);
    });
  }
}
