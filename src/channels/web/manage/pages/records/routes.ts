/**
 * The back office for partners' records: their services and offices, edited as drafts, published,
 * discarded or confirmed as still accurate. Who may do what is decided by the catalog domain; these
 * routes parse the form, call one command and render the result (POST, then 303 to a GET). A service's
 * search terms are drafted with it and kept by the search domain: the catalog's commands are handed
 * search's `editorTermStore`, and publish them in the publication's own transaction.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { z } from 'zod';
import {
  discardDraft,
  getRecordEditor,
  isRecordConflict,
  listEditableRecords,
  markVerified,
  mayEditRecords,
  RecordProblemsError,
  saveRecordDraft,
  type ConflictInfo,
  type RecordDraftInput,
  type RecordEditor,
  type RecordKind,
} from '../../../../../domains/catalog/index.js';
import { editorTermStore } from '../../../../../domains/search/index.js';
import { ValidationError } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { csrfToken } from '../../../../http/access.js';
import { managePath } from '../../../../http/paths.js';
import { refreshSearch } from '../../../../http/searchRefresh.js';
import { RECORD_PROBLEM_TEXT, recordProblemText } from '../../../../labels.js';
import { formFields } from '../../../form.js';
import { sendNotFoundPage } from '../../../notFound.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { RecordListPage } from './ListPage.js';
import { RecordEditPage, recordTitle, type RecordPaths } from './Page.js';
import { toFormState, type FormState, type ShownProblem } from './RecordFields.js';
import {
  EnvelopeForm,
  locationFormInput,
  RecordParams,
  RecordQuery,
  serviceFormInput,
  type DONE,
} from './schema.js';

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
const LIST_LIMIT = 1000;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

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

/** A search term's line (`search_terms.en.names.2`) is shown at its list's text area. */
const formPath = (path: string) => path.replace(/^(search_terms\.\w+\.\w+)\.\d+$/, '$1');

function shownProblems(lang: Lang, error: ValidationError): ShownProblem[] {
  if (!(error instanceof RecordProblemsError))
    return error.problems.map(({ path }) => ({ path, message: t(lang, RECORD_PROBLEM_TEXT.invalid) }));
  return error.recordProblems.map((problem) => ({
    path: formPath(problem.path),
    message: recordProblemText(lang, problem),
  }));
}

/** A form the page could not even read as a record: each unreadable field is shown as invalid. */
const unreadable = (lang: Lang, error: z.ZodError): ShownProblem[] =>
  error.issues.map((issue) => ({
    path: formPath(issue.path.map(String).join('.')),
    message: t(lang, RECORD_PROBLEM_TEXT.invalid),
  }));

/** The draft command's input from the submitted form, or what made it unreadable. */
function draftInput(
  editor: RecordEditor,
  fields: FormState,
  envelope: { id: string; revision: number; version: number | undefined },
): { input: RecordDraftInput } | { error: z.ZodError } {
  if (editor.record.kind === 'service') {
    const channels = editor.record.draft?.content.channels ?? editor.record.published.channels;
    const parsed = serviceFormInput(fields, (id) => channels.find((channel) => channel.id === id));
    return parsed.success
      ? { input: { kind: 'service', ...envelope, content: parsed.data } }
      : { error: parsed.error };
  }
  const parsed = locationFormInput(fields);
  return parsed.success
    ? { input: { kind: 'location', ...envelope, content: parsed.data } }
    : { error: parsed.error };
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
    editor: RecordEditor;
    values?: FormState;
    revision?: number | undefined;
    version?: number | undefined;
    problems?: ShownProblem[];
    conflict?: ConflictInfo;
    yours?: FormState | null;
    done?: (typeof DONE)[number] | undefined;
    status?: number;
  }

  function sendEdit(request: FastifyRequest, reply: FastifyReply, lang: Lang, view: EditView) {
    const { editor } = view;
    const { record } = editor;
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
      h(RecordEditPage, {
        lang,
        editor,
        token: csrfToken(request),
        values: view.values ?? toFormState(editor.content),
        revision: view.revision ?? editor.revision,
        version: view.version ?? editor.version,
        problems: view.problems ?? [],
        conflict: view.conflict,
        yours: view.yours,
        done: view.done,
        paths: pathsFor(lang, record.kind, record.id),
      }),
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
        h(RecordListPage, {
          lang,
          records,
          truncated,
          limit: LIST_LIMIT,
          editPath: (kind: RecordKind, id: string) => recordPath(lang, kind, id),
        }),
      );
    });

    for (const kind of ['service', 'location'] as const) {
      const base = managePath(lang, SEGMENT[lang], KIND_SEGMENT[kind][lang], ':id');

      app.get(base, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const params = RecordParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const editor = await getRecordEditor(db, actor, { kind, id: params.data.id }, editorTermStore);
        const { done } = RecordQuery.parse(request.query ?? {});
        return sendEdit(request, reply, lang, { editor, done });
      });

      app.post(base, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const params = RecordParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const { id } = params.data;
        const editor = await getRecordEditor(db, actor, { kind, id }, editorTermStore);
        const values = formFields(request);
        const form = EnvelopeForm.parse(values);
        const publish = form.intent === 'publish';
        const envelope = { id, revision: form.revision ?? 0, version: form.version };
        const refused = (problems: ShownProblem[]) =>
          sendEdit(request, reply, lang, {
            editor,
            values,
            revision: envelope.revision,
            version: envelope.version,
            problems,
            status: 400,
          });
        const parsed = draftInput(editor, values, envelope);
        if ('error' in parsed) return refused(unreadable(lang, parsed.error));
        try {
          await saveRecordDraft(db, actor, { ...parsed.input, publish }, editorTermStore);
        } catch (error) {
          if (error instanceof ValidationError) return refused(shownProblems(lang, error));
          if (isRecordConflict(error)) {
            // Show where things stand now, with the person's values kept in the form and theirs beside them.
            // The form now stands on the current draft and version (the failed save was rolled back).
            const current = await getRecordEditor(db, actor, { kind, id }, editorTermStore);
            return sendEdit(request, reply, lang, {
              editor: current,
              values,
              revision: current.record.draft?.revision ?? 0,
              version: current.record.version,
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

      app.post(
        recordPath(lang, kind, ':id', 'discard'),
        { schema: { hide: true } },
        async (request, reply) => {
          const actor = requireStaff(request);
          const params = RecordParams.safeParse(request.params);
          if (!params.success) return sendNotFoundPage(reply, lang, request.url);
          const { id } = params.data;
          const form = EnvelopeForm.parse(formFields(request));
          try {
            const { discarded } = await discardDraft(db, actor, { kind, id, revision: form.revision });
            return reply.redirect(
              `${recordPath(lang, kind, id)}?done=${discarded ? 'discarded' : 'nothing'}`,
              303,
            );
          } catch (error) {
            if (!isRecordConflict(error)) throw error;
            const editor = await getRecordEditor(db, actor, { kind, id }, editorTermStore);
            return sendEdit(request, reply, lang, { editor, conflict: error.conflict, status: 409 });
          }
        },
      );

      app.post(
        recordPath(lang, kind, ':id', 'verify'),
        { schema: { hide: true } },
        async (request, reply) => {
          const actor = requireStaff(request);
          const params = RecordParams.safeParse(request.params);
          if (!params.success) return sendNotFoundPage(reply, lang, request.url);
          const { id } = params.data;
          const form = EnvelopeForm.parse(formFields(request));
          try {
            await markVerified(db, actor, { kind, id, version: form.version });
            return reply.redirect(`${recordPath(lang, kind, id)}?done=verified`, 303);
          } catch (error) {
            if (!isRecordConflict(error)) throw error;
            const editor = await getRecordEditor(db, actor, { kind, id }, editorTermStore);
            return sendEdit(request, reply, lang, { editor, conflict: error.conflict, status: 409 });
          }
        },
      );
    }
  }
}
