/** The audit trail for platform administrators: the chain's state, filters, pages and a CSV download. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { loadOrganizations } from '../../../../../domains/catalog/index.js';
import {
  listAuditEntries,
  listAuditVocabulary,
  createChainWatch,
  type AuditFilters,
  type AuditRow,
} from '../../../../../platform/audit/index.js';
import { isPlatformAdmin, requireThat, type Actor } from '../../../../../platform/auth/index.js';
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
const PAGE_SIZE = 50;
/** The most rows one CSV download carries; narrow the filters for more. */
const CSV_LIMIT = 10_000;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

function requireAuditor(request: FastifyRequest): Actor {
  const actor = requireStaff(request);
  requireThat(
    actor,
    isPlatformAdmin(actor),
    'audit.view',
    { entity_type: 'audit_log' },
    'platform administrators only',
  );
  return actor;
}

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
    visibleTo: isPlatformAdmin,
  });

  async function organizationNames(lang: Lang, rows: AuditRow[]) {
    const ids = [...new Set(rows.map((row) => row.organization_id).filter((id): id is string => !!id))];
    return new Map((await loadOrganizations(db, ids)).map((o) => [o.id, local(o.name, lang)]));
  }

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      requireAuditor(request);
      const { filters, before, problems: found } = AuditQuery.parse(request.query ?? {});
      const problems = found.map((problem) => ({
        path: PROBLEMS[problem].path,
        message: t(lang, PROBLEMS[problem].message),
      }));
      const [page, vocabulary, chain] = await Promise.all([
        listAuditEntries(db, filters, { before, limit: PAGE_SIZE }),
        listAuditVocabulary(db),
        chainWatch.status(),
      ]);
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
          entries: page.entries,
          vocabulary,
          chain,
          organizations: await organizationNames(lang, page.entries),
          olderHref: page.nextBefore
            ? `${base}${queryString(filters, { before: String(page.nextBefore) })}`
            : undefined,
          newestHref: before ? `${base}${queryString(filters)}` : undefined,
          csvHref: `${base}/csv${queryString(filters)}`,
          problems,
        }),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true } }, async (request, reply) => {
      requireAuditor(request);
      const { filters } = AuditQuery.parse(request.query ?? {});
      const rows: AuditRow[] = [];
      let before: number | undefined;
      do {
        const page = await listAuditEntries(db, filters, { before, limit: 1000 });
        rows.push(...page.entries);
        before = page.nextBefore;
      } while (before !== undefined && rows.length < CSV_LIMIT);
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
        ...rows
          .slice(0, CSV_LIMIT)
          .map((row) => [
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
