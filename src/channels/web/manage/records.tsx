/**
 * The back office for partners' records: their services and offices, edited as drafts, published,
 * discarded or confirmed as still accurate. Who may do what is decided by the catalog domain; these
 * routes parse the form, call one command and render the result (POST, then 303 to a GET).
 */
import { refreshSearch } from '../../http/searchRefresh.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  discardDraft,
  getRecordForEditing,
  isRecordConflict,
  listEditableRecords,
  markVerified,
  publishDraft,
  RecordProblemsError,
  saveLocationDraft,
  saveServiceDraft,
  SERVICE_TEXT_FIELDS,
  WEEKDAYS,
  type ConflictInfo,
  type LocationDraftInput,
  type RecordForEditing,
  type RecordKind,
  type ServiceDraftInput,
} from '../../../domains/catalog/index.js';
import { isPlatformAdmin, organizationsWith, type Actor } from '../../../platform/auth/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import { isUuid } from '../../../platform/ids/index.js';
import { LANGUAGES, t, type Lang } from '../../../platform/i18n/index.js';
import { csrfToken } from '../../http/access.js';
import { managePath } from '../../http/paths.js';
import { sendNotFoundPage } from '../notFound.js';
import { addManageSection, requireStaff, sendManagePage } from './shell.js';
import { RecordEditPage, recordTitle, type RecordPaths } from './views/RecordEditPage.js';
import { toFormState, type FormState, type ShownProblem } from './views/RecordFields.js';
import { RecordListPage } from './views/RecordList.js';
import { formFields } from '../form.js';
import { RECORD_PROBLEM_TEXT } from '../../labels.js';

const SECTION = 'records';
const SEGMENT = { en: 'records', fr: 'fiches' } as const;
const KIND_SEGMENT = {
  service: { en: 'services', fr: 'services' },
  location: { en: 'offices', fr: 'bureaux' },
} as const;
const ACTION_SEGMENT = {
  discard: { en: 'discard', fr: 'abandonner' },
  verify: { en: 'verify', fr: 'confirmer' },
} as const;
const DONE = new Set(['saved', 'published', 'discarded', 'nothing', 'verified']);
const LIST_LIMIT = 1000;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
const mayEditRecords = (actor: Actor) =>
  isPlatformAdmin(actor) || organizationsWith(actor, ['partner_admin', 'partner_editor']).length > 0;

export const recordsPath = (lang: Lang) => managePath(lang, SEGMENT[lang]);
export const recordPath = (lang: Lang, kind: RecordKind, id: string, action?: keyof typeof ACTION_SEGMENT) =>
  managePath(
    lang,
    SEGMENT[lang],
    KIND_SEGMENT[kind][lang],
    id,
    ...(action ? [ACTION_SEGMENT[action][lang]] : []),
  );

function pathsFor(lang: Lang, kind: RecordKind, id: string): RecordPaths {
  return {
    list: recordsPath(lang),
    edit: recordPath(lang, kind, id),
    discard: recordPath(lang, kind, id, 'discard'),
    verify: recordPath(lang, kind, id, 'verify'),
  };
}

const formValues = (request: FastifyRequest): FormState => formFields(request);

const toInt = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

/**
 * Form fields (`phones.0.number`) as nested input for the domain. Only known top-level fields and small
 * indexes are read: a hostile form cannot reach a prototype or make a huge sparse array.
 */
function nest(values: FormState, roots: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split('.');
    if (!roots.includes(parts[0]!) || parts.length > 5) continue;
    if (!parts.every((part) => /^(\d{1,2}|[a-z][a-z0-9_]{0,40})$/.test(part))) continue;
    let node: Record<string, unknown> | unknown[] = out;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
      const slot = node as Record<string, unknown>;
      if (last) slot[part] = value;
      else {
        slot[part] ??= nextIsIndex ? [] : {};
        node = slot[part] as Record<string, unknown>;
      }
    });
  }
  return out;
}

function serviceInput(values: FormState, record: RecordForEditing): ServiceDraftInput {
  const raw = nest(values, [...SERVICE_TEXT_FIELDS, 'phones', 'channels']);
  const base = record.kind === 'service' ? (record.draft?.content ?? record.published) : undefined;
  const channels = Array.isArray(raw.channels) ? (raw.channels as Record<string, unknown>[]) : [];
  return {
    ...raw,
    phones: Array.isArray(raw.phones) ? Array.from(raw.phones as unknown[], (p) => p ?? {}) : [],
    // Fields a channel's form does not show keep the value they had.
    channels: Array.from(channels, (channel) => {
      const kept = base?.channels.find((c) => c.id === channel?.id);
      return { ...kept, ...channel };
    }),
  } as ServiceDraftInput;
}

function locationInput(values: FormState): LocationDraftInput {
  const raw = nest(values, ['name', 'address', 'hours']);
  const hours = Array.isArray(raw.hours)
    ? (raw.hours as ({ closed?: string; spans?: unknown[] } | undefined)[])
    : [];
  return {
    ...raw,
    hours: WEEKDAYS.map((day, i) => ({
      day,
      closed: hours[i]?.closed === 'on',
      spans: Array.from(hours[i]?.spans ?? [], (span) => span ?? {}),
    })),
    languages: (values.languages ?? '').split(/[\s,;]+/).filter(Boolean),
  } as LocationDraftInput;
}

function shownProblems(lang: Lang, error: ValidationError): ShownProblem[] {
  if (!(error instanceof RecordProblemsError))
    return error.problems.map(({ path }) => ({ path, message: t(lang, RECORD_PROBLEM_TEXT.invalid) }));
  return error.recordProblems.map(({ path, code }) => ({
    path,
    message: t(lang, RECORD_PROBLEM_TEXT[code]),
  }));
}

/** The services and offices section of the back office, in both languages. */
export async function recordPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: SECTION,
    segment: SEGMENT,
    label: { en: t('en', 'records.section'), fr: t('fr', 'records.section') },
    visibleTo: mayEditRecords,
  });

  interface EditView {
    record: RecordForEditing;
    values?: FormState;
    revision?: number;
    version?: number;
    problems?: ShownProblem[];
    conflict?: ConflictInfo;
    yours?: FormState | null;
    done?: string | undefined;
    status?: number;
  }

  function sendEdit(request: FastifyRequest, reply: FastifyReply, lang: Lang, view: EditView) {
    const { record } = view;
    const draft = record.draft;
    return sendManagePage(
      request,
      reply,
      {
        lang,
        title: recordTitle(lang, record),
        alternatePath: recordPath(other(lang), record.kind, record.id),
        current: SECTION,
        status: view.status ?? 200,
      },
      <RecordEditPage
        lang={lang}
        record={record}
        token={csrfToken(request)}
        values={view.values ?? toFormState(draft?.content ?? record.published)}
        revision={view.revision ?? draft?.revision ?? 0}
        version={view.version ?? draft?.base_version ?? record.version}
        problems={view.problems ?? []}
        conflict={view.conflict}
        yours={view.yours}
        done={view.done}
        paths={pathsFor(lang, record.kind, record.id)}
      />,
    );
  }

  for (const lang of LANGUAGES) {
    app.get(recordsPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { records, truncated } = await listEditableRecords(db, actor, { limit: LIST_LIMIT });
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'records.list.title'),
          alternatePath: recordsPath(other(lang)),
          current: SECTION,
        },
        <RecordListPage
          lang={lang}
          records={records}
          truncated={truncated}
          limit={LIST_LIMIT}
          editPath={(kind, id) => recordPath(lang, kind, id)}
        />,
      );
    });

    for (const kind of ['service', 'location'] as const) {
      const base = managePath(lang, SEGMENT[lang], KIND_SEGMENT[kind][lang], ':id');
      type Params = { Params: { id: string } };

      app.get<Params>(base, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const { id } = request.params;
        if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
        const record = await getRecordForEditing(db, actor, kind, id);
        const done = (request.query as Record<string, unknown>).done;
        return sendEdit(request, reply, lang, {
          record,
          done: typeof done === 'string' && DONE.has(done) ? done : undefined,
        });
      });

      app.post<Params>(base, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const { id } = request.params;
        if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
        const record = await getRecordForEditing(db, actor, kind, id);
        const values = formValues(request);
        const publish = values.intent === 'publish';
        const envelope = { id, revision: toInt(values.revision) ?? 0, version: toInt(values.version) };
        try {
          // Saving and publishing from the same form is one transaction: both happen, or neither.
          await withTransaction(db, async (tx) => {
            const saved =
              kind === 'service'
                ? await saveServiceDraft(tx, actor, { ...envelope, content: serviceInput(values, record) })
                : await saveLocationDraft(tx, actor, { ...envelope, content: locationInput(values) });
            if (publish) await publishDraft(tx, actor, { kind, id, revision: saved.revision });
          });
        } catch (error) {
          if (error instanceof ValidationError) {
            return sendEdit(request, reply, lang, {
              record,
              values,
              revision: envelope.revision,
              version: envelope.version,
              problems: shownProblems(lang, error),
              status: 400,
            });
          }
          if (isRecordConflict(error)) {
            // Show where things stand now, with the person's values kept in the form and theirs beside them.
            // The form now stands on the current draft and version (the failed save was rolled back).
            const current = await getRecordForEditing(db, actor, kind, id);
            return sendEdit(request, reply, lang, {
              record: current,
              values,
              revision: current.draft?.revision ?? 0,
              version: current.version,
              conflict: error.conflict,
              yours: values,
              status: 409,
            });
          }
          throw error;
        }
        // Search reads published services; refreshed after the commit (a full reindex would also catch up).
        if (publish && kind === 'service') await refreshSearch(request, id);
        return reply.redirect(`${recordPath(lang, kind, id)}?done=${publish ? 'published' : 'saved'}`, 303);
      });

      app.post<Params>(
        recordPath(lang, kind, ':id', 'discard'),
        { schema: { hide: true } },
        async (request, reply) => {
          const actor = requireStaff(request);
          const { id } = request.params;
          if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
          const values = formValues(request);
          try {
            const { discarded } = await discardDraft(db, actor, {
              kind,
              id,
              revision: toInt(values.revision),
            });
            return reply.redirect(
              `${recordPath(lang, kind, id)}?done=${discarded ? 'discarded' : 'nothing'}`,
              303,
            );
          } catch (error) {
            if (!isRecordConflict(error)) throw error;
            const record = await getRecordForEditing(db, actor, kind, id);
            return sendEdit(request, reply, lang, { record, conflict: error.conflict, status: 409 });
          }
        },
      );

      app.post<Params>(
        recordPath(lang, kind, ':id', 'verify'),
        { schema: { hide: true } },
        async (request, reply) => {
          const actor = requireStaff(request);
          const { id } = request.params;
          if (!isUuid(id)) return sendNotFoundPage(reply, lang, request.url);
          const values = formValues(request);
          try {
            await markVerified(db, actor, { kind, id, version: toInt(values.version) });
            return reply.redirect(`${recordPath(lang, kind, id)}?done=verified`, 303);
          } catch (error) {
            if (!isRecordConflict(error)) throw error;
            const record = await getRecordForEditing(db, actor, kind, id);
            return sendEdit(request, reply, lang, { record, conflict: error.conflict, status: 409 });
          }
        },
      );
    }
  }
}
