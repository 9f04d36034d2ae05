/** The pilot evaluation: a cluster's pilot against its baseline and the other clusters, with its CSV. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getPilotEvaluation,
  listReadableClusters,
  mayOpenResults,
  NoPilotError,
  type PilotEvaluation,
  type PilotProblem,
} from '../../../../../domains/insights/index.js';
import type { Actor } from '../../../../../platform/auth/index.js';
import type { Db } from '../../../../../platform/db/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { managePath } from '../../../../http/paths.js';
import { local } from '../../../views/text.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { todayInToronto } from '../../views/AuditTime.js';
import { evaluationRows } from './export.js';
import { PilotEvaluationPage } from './Page.js';
import { PilotQuery, type PilotForm } from './schema.js';

export const PILOT_SEGMENT = { en: 'pilot-evaluation', fr: 'evaluation-projet-pilote' } as const;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

type Outcome =
  | { evaluation: PilotEvaluation; problems: []; refusal?: undefined; status: 200 }
  | {
      evaluation?: undefined;
      problems: FieldProblem[];
      refusal?: { reason: PilotProblem; message: string };
      status: 200 | 400 | 404 | 409;
    };

/** The evaluation asked for, or why there is none, in the page's words. */
async function evaluationFor(
  db: Db,
  actor: Actor,
  lang: Lang,
  form: PilotForm,
  invalid: boolean,
  titles: Map<string, { en: string; fr: string }>,
): Promise<Outcome> {
  if (invalid)
    return { problems: [{ path: 'cluster', message: t(lang, 'results.problems.cluster') }], status: 400 };
  try {
    const evaluation = await getPilotEvaluation(db, actor, {
      cluster: form.cluster,
      today: todayInToronto(),
    });
    return { evaluation, problems: [], status: 200 };
  } catch (error) {
    if (error instanceof NoPilotError) {
      const title = titles.get(form.cluster);
      const params = {
        cluster: title ? local(title, lang) : form.cluster,
        from: typeof error.details?.starts_on === 'string' ? formatDate(lang, error.details.starts_on) : '',
      };
      return {
        problems: [],
        refusal: { reason: error.reason, message: t(lang, `results.pilot.problems.${error.reason}`, params) },
        status: 409,
      };
    }
    if (isStitchError(error) && error.code === 'NOT_FOUND')
      return {
        problems: [{ path: 'cluster', message: t(lang, 'results.problems.unknownCluster') }],
        status: 404,
      };
    throw error;
  }
}

export async function pilotEvaluationPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'pilot-evaluation',
    segment: PILOT_SEGMENT,
    label: { en: t('en', 'results.pilot.section'), fr: t('fr', 'results.pilot.section') },
    visibleTo: mayOpenResults,
  });

  for (const lang of LANGUAGES) {
    const base = managePath(lang, PILOT_SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, problems: found, print } = PilotQuery.parse(request.query ?? {});
      const clusters = await listReadableClusters(db, actor);
      // With none chosen, the first cluster in pilot: the others may have no pilot period to evaluate.
      const chosen =
        form.cluster || (clusters.find((cluster) => cluster.status === 'pilot') ?? clusters[0])?.key || '';
      const titles = new Map(clusters.map((cluster) => [cluster.key, cluster.title]));
      const outcome: Outcome = chosen
        ? await evaluationFor(db, actor, lang, { cluster: chosen }, found.length > 0, titles)
        : { problems: [], status: 200 };
      const search = new URLSearchParams({ cluster: chosen }).toString();
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.pilot.section'),
          alternatePath: `${managePath(other(lang), PILOT_SEGMENT[other(lang)])}?${search}${print ? '&print=1' : ''}`,
          current: 'pilot-evaluation',
          status: outcome.status,
        },
        h(PilotEvaluationPage, {
          lang,
          action: base,
          clusters,
          form: { cluster: chosen },
          problems: outcome.problems,
          print,
          evaluation: outcome.evaluation,
          refusal: outcome.refusal,
          links: outcome.evaluation
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
      const { form, problems: found } = PilotQuery.parse(request.query ?? {});
      const outcome = form.cluster
        ? await evaluationFor(db, actor, lang, form, found.length > 0, new Map())
        : undefined;
      if (!outcome?.evaluation)
        return reply.redirect(`${base}?${new URLSearchParams({ ...form }).toString()}`, 303);
      const e = outcome.evaluation;
      const head = (key: 'section' | 'key' | 'measure' | 'value') => t(lang, `results.csvHeader.${key}`);
      return sendCsv(reply, `pilot-evaluation-${e.cluster.key}-${e.pilot.from}-${e.pilot.to}.csv`, [
        [t(lang, 'results.filters.cluster'), head('section'), head('key'), head('measure'), head('value')],
        ...evaluationRows(e).map((row) => [e.cluster.key, ...row]),
      ]);
    });
  }
}
