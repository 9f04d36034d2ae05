/**
 * A cluster's own results indicators in the back office: the clusters the person may read, then one
 * cluster's indicators with their values and progress, a form to record a value and one to define or
 * edit an indicator, and removals with a confirmation step. Every action is a plain form: POST, then 303
 * back to the cluster's page with a notice; bad input shows the page again (400) with the fields as typed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  defineIndicator,
  getIndicatorScreen,
  IndicatorNotFoundError,
  INDICATOR_RULES,
  listIndicatorClusters,
  mayOpenIndicators,
  recordIndicatorValue,
  removeIndicator,
  removeIndicatorValue,
  type IndicatorView,
} from '../../../../../domains/insights/index.js';
import { requireThat } from '../../../../../platform/auth/index.js';
import { ValidationError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { hasMessage, LANGUAGES, t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { csrfToken } from '../../../../http/access.js';
import { formFields } from '../../../form.js';
import { local } from '../../../views/text.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { IndicatorListPage, IndicatorPage, isDone, RemovePage, type Done } from './Page.js';
import {
  INDICATOR_ACTIONS,
  INDICATORS_SEGMENT,
  indicatorActionPath,
  indicatorListPath,
  indicatorPagePath,
} from './paths.js';
import {
  DefineForm,
  emptyDefineForm,
  emptyRecordForm,
  fieldOf,
  IndicatorParams,
  indicatorInput,
  PageQuery,
  RecordForm,
  RemoveFields,
  valueInput,
  type DefineForm as DefineFields,
  type RecordForm as RecordFields,
} from './schema.js';

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

const RULE_OF = new Map(Object.entries(INDICATOR_RULES).map(([rule, message]) => [message, rule]));

/**
 * The domain's problems in the person's words, one per field, each on the form's field id. A broken rule
 * has its own sentence; any other problem of a field says what the field wants.
 */
export function wordProblems(
  lang: Lang,
  problems: readonly FieldProblem[],
  form: 'define' | 'record',
  baselineOn?: string,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const problem of problems) {
    const path = fieldOf(problem.path, form);
    if (out.some((seen) => seen.path === path)) continue;
    const rule = RULE_OF.get(problem.message as never);
    const key = rule
      ? `results.indicators.rules.${rule}`
      : problem.message.startsWith('At most ')
        ? 'results.indicators.problems.tooLong'
        : `results.indicators.problems.${path}`;
    const message = hasMessage(lang, key)
      ? t(lang, key as MessageKey, { date: baselineOn ? formatDate(lang, baselineOn) : '' })
      : t(lang, 'errors.VALIDATION_FAILED');
    out.push({ path, message });
  }
  return out;
}

/** The define form filled from an indicator, to edit it. */
function formOf(lang: Lang, indicator: IndicatorView): DefineFields {
  const number = (value: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { maximumFractionDigits: 6 }).format(value);
  return {
    key: indicator.key,
    name_en: indicator.name.en,
    name_fr: indicator.name.fr,
    description_en: indicator.description?.en ?? '',
    description_fr: indicator.description?.fr ?? '',
    unit: indicator.unit,
    direction: indicator.direction,
    baseline_value: number(indicator.baseline.value),
    baseline_on: indicator.baseline.on,
    target_value: number(indicator.target.value),
    target_on: indicator.target.on,
  };
}

export async function indicatorPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'indicators',
    segment: INDICATORS_SEGMENT,
    label: { en: t('en', 'results.indicators.section'), fr: t('fr', 'results.indicators.section') },
    visibleTo: mayOpenIndicators,
  });

  interface Shown {
    status?: number;
    done?: Done | undefined;
    edit?: string | undefined;
    define?: { form: DefineFields; problems: FieldProblem[] };
    record?: { form: RecordFields; problems: FieldProblem[] };
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    key: string,
    shown: Shown = {},
  ) {
    const actor = requireStaff(request);
    const screen = await getIndicatorScreen(db, actor, key);
    const editing = shown.edit
      ? screen.indicators.find((indicator) => indicator.key === shown.edit)
      : undefined;
    const define = shown.define ?? {
      form: editing ? formOf(lang, editing) : { ...emptyDefineForm(), unit: 'count', direction: 'increase' },
      problems: [],
    };
    const record = shown.record ?? { form: emptyRecordForm(), problems: [] };
    const failed = define.problems.length + record.problems.length > 0;
    const page = indicatorPagePath(lang, key);
    const title = t(lang, 'results.indicators.title', { cluster: local(screen.cluster.title, lang) });
    return sendManagePage(
      request,
      reply,
      {
        lang,
        // Announced first by a screen reader: it says at once that something went wrong.
        title: failed ? `${t(lang, 'results.indicators.errorPrefix')} ${title}` : title,
        alternatePath: `${indicatorPagePath(other(lang), key)}${editing ? `?edit=${editing.key}` : ''}`,
        current: 'indicators',
        status: shown.status,
      },
      h(IndicatorPage, {
        lang,
        token: csrfToken(request),
        screen,
        done: shown.done,
        editing,
        define,
        record,
        paths: {
          page,
          define: indicatorActionPath(lang, key, 'define'),
          record: indicatorActionPath(lang, key, 'record'),
          edit: (indicator) => `${page}?edit=${encodeURIComponent(indicator)}#define`,
          remove: (indicator, day) =>
            `${indicatorActionPath(lang, key, 'remove')}?${new URLSearchParams({ indicator, ...(day ? { day } : {}) }).toString()}`,
        },
      }),
    );
  }

  for (const lang of LANGUAGES) {
    app.get(indicatorListPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const lines = await listIndicatorClusters(db, actor);
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.indicators.listTitle'),
          alternatePath: indicatorListPath(other(lang)),
          current: 'indicators',
        },
        h(IndicatorListPage, { lang, lines, hrefOf: (key) => indicatorPagePath(lang, key) }),
      );
    });

    const base = `${indicatorListPath(lang)}/:key`;
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      requireStaff(request);
      const params = IndicatorParams.safeParse(request.params);
      if (!params.success) return reply.callNotFound();
      const query = PageQuery.parse(request.query ?? {});
      return show(request, reply, lang, params.data.key, {
        done: isDone(query.done) ? query.done : undefined,
        edit: query.edit,
      });
    });

    const done = (reply: FastifyReply, key: string, word: Done) =>
      reply.redirect(`${indicatorPagePath(lang, key)}?done=${word}`, 303);

    app.post(
      `${base}/${INDICATOR_ACTIONS.define[lang]}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const actor = requireStaff(request);
        const params = IndicatorParams.safeParse(request.params);
        if (!params.success) return reply.callNotFound();
        const key = params.data.key;
        const form = DefineForm.parse(formFields(request));
        try {
          const defined = await defineIndicator(db, actor, indicatorInput(key, form));
          return done(reply, key, defined.outcome);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return show(request, reply, lang, key, {
            status: 400,
            edit: form.key,
            define: { form, problems: wordProblems(lang, error.problems, 'define') },
          });
        }
      },
    );

    app.post(
      `${base}/${INDICATOR_ACTIONS.record[lang]}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const actor = requireStaff(request);
        const params = IndicatorParams.safeParse(request.params);
        if (!params.success) return reply.callNotFound();
        const key = params.data.key;
        const form = RecordForm.parse(formFields(request));
        const invalid = async (problems: FieldProblem[]) => {
          const screen = await getIndicatorScreen(db, actor, key);
          const baseline = screen.indicators.find((indicator) => indicator.key === form.indicator)?.baseline
            .on;
          return show(request, reply, lang, key, {
            status: 400,
            record: { form, problems: wordProblems(lang, problems, 'record', baseline) },
          });
        };
        try {
          const recorded = await recordIndicatorValue(db, actor, valueInput(key, form));
          return done(reply, key, recorded.outcome === 'unchanged' ? 'valueUnchanged' : recorded.outcome);
        } catch (error) {
          if (error instanceof ValidationError) return invalid(error.problems);
          // An indicator removed meanwhile, or a choice the list never offered.
          if (error instanceof IndicatorNotFoundError) return invalid([{ path: 'key', message: '' }]);
          throw error;
        }
      },
    );

    const removePath = `${base}/${INDICATOR_ACTIONS.remove[lang]}`;
    app.get(removePath, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const params = IndicatorParams.safeParse(request.params);
      const fields = RemoveFields.safeParse(request.query ?? {});
      if (!params.success || !fields.success) return reply.callNotFound();
      const key = params.data.key;
      const screen = await getIndicatorScreen(db, actor, key);
      requireThat(
        actor,
        screen.mayWrite,
        'indicator.remove',
        { entity_type: 'cluster', entity_id: key },
        'only the cluster manager of the cluster’s partnership, or a platform administrator',
      );
      const indicator = screen.indicators.find((found) => found.key === fields.data.indicator);
      const value = fields.data.day
        ? indicator?.values.find((found) => found.on === fields.data.day)
        : undefined;
      if (!indicator || (fields.data.day && !value)) return reply.callNotFound();
      const query = new URLSearchParams({ indicator: indicator.key, ...(value ? { day: value.on } : {}) });
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.indicators.title', { cluster: local(screen.cluster.title, lang) }),
          alternatePath: `${indicatorActionPath(other(lang), key, 'remove')}?${query.toString()}`,
          current: 'indicators',
        },
        h(RemovePage, {
          lang,
          token: csrfToken(request),
          indicator,
          value,
          action: indicatorActionPath(lang, key, 'remove'),
          backHref: indicatorPagePath(lang, key),
        }),
      );
    });

    app.post(removePath, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const params = IndicatorParams.safeParse(request.params);
      const fields = RemoveFields.safeParse(formFields(request, { trim: true }));
      if (!params.success || !fields.success) return reply.callNotFound();
      const key = params.data.key;
      const { indicator, day } = fields.data;
      if (day) {
        await removeIndicatorValue(db, actor, { cluster: key, key: indicator, measured_on: day });
        return done(reply, key, 'valueRemoved');
      }
      await removeIndicator(db, actor, { cluster: key, key: indicator });
      return done(reply, key, 'removed');
    });
  }
}
