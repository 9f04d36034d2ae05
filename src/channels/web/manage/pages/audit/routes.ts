/** The audit trail for platform administrators: the chain's state, filters, pages and a CSV download. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getAuditScreen,
  listAuditTrail,
  mayReadAuditTrail,
} from '../../../../../domains/partnerships/index.js';
import { createChainWatch, type AuditFilters } from '../../../../../platform/audit/index.js';
import {
  LANGUAGES,
  t,
  type Lang,
  type MessageKey,
  type MessageKeyUnder,
} from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';
import { local } from '../../../views/text.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { formatInstant } from '../../views/AuditTime.js';
import { AuditPage } from './Page.js';
import { AuditQuery, type AuditQueryProblem } from './schema.js';

const SEGMENT = { en: 'audit', fr: 'journal-audit' } as const;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

const PROBLEMS = {
  from: { path: 'from', message: 'audit.problems.from' },
  to: { path: 'to', message: 'audit.problems.to' },
  range: { path: 'to', message: 'audit.problems.range' },
} as const satisfies Record<AuditQueryProblem, { path: string; message: MessageKey }>;

function queryString(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function auditPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  // One watch per instance: a long trail is walked whole at most every five minutes, not on every view.
  const chainWatch = createChainWatch(db);
  addManageSection({
    key: 'audit',
    segment: SEGMENT,
    label: { en: t('en', 'audit.section'), fr: t('fr', 'audit.section') },
    visibleTo: mayReadAuditTrail,
  });

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { filters, before, problems: found } = AuditQuery.parse(request.query ?? {});
      const problems = found.map((problem) => ({
        path: PROBLEMS[problem].path,
        message: t(lang, PROBLEMS[problem].message),
      }));
      const screen = await getAuditScreen(db, actor, { filters, before, chain: chainWatch });
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'audit.section'),
          alternatePath: `${managePath(other(lang), SEGMENT[other(lang)])}${queryString(filters, before ? { before: String(before) } : {})}`,
          current: 'audit',
          status: problems.length ? 400 : 200,
        },
        h(AuditPage, {
          lang,
          action: base,
          filters,
          entries: screen.entries,
          vocabulary: screen.vocabulary,
          chain: screen.chain,
          organizations: new Map(screen.organizations.map((o) => [o.id, local(o.name, lang)])),
          olderHref: screen.nextBefore
            ? `${base}${queryString(filters, { before: String(screen.nextBefore) })}`
            : undefined,
          newestHref: before ? `${base}${queryString(filters)}` : undefined,
          csvHref: `${base}/csv${queryString(filters)}`,
          problems,
        }),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { filters } = AuditQuery.parse(request.query ?? {});
      const rows = await listAuditTrail(db, actor, { filters });
      const c = (key: MessageKeyUnder<'audit.csv'>) => t(lang, `audit.csv.${key}`);
      return sendCsv(reply, `audit-${new Date().toISOString().slice(0, 10)}.csv`, [
        [
          c('id'),
          c('utc'),
          c('local'),
          c('actor'),
          c('actorName'),
          c('action'),
          c('entityType'),
          c('entityId'),
          c('organizationId'),
          c('detail'),
        ],
        ...rows.map((row) => [
          row.id,
          row.occurred_at.toISOString(),
          formatInstant(lang, row.occurred_at),
          row.actor,
          row.actor_name,
          row.action,
          row.entity_type,
          row.entity_id,
          row.organization_id,
          row.detail === null || row.detail === undefined ? '' : JSON.stringify(row.detail),
        ]),
      ]);
    });
  }
}
