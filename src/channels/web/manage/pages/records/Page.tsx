import type {
  ConflictInfo,
  KeptSearchTerm,
  RecordEditor,
  RecordForEditing,
} from '../../../../../domains/catalog/index.js';
import { Fragment } from 'preact';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { local } from '../../../views/text.js';
import { CsrfField } from '../../shell.js';
import {
  channelTitle,
  ConflictPanel,
  DAY_CODES,
  DAY_LABEL,
  RecordErrorSummary,
  RecordFieldError,
  fieldId,
  FIELD_LABEL,
  fieldLabel,
  Input,
  textLabel,
  verifiedLine,
  when,
  type FieldContext,
  type FormState,
  type ShownProblem,
} from './RecordFields.js';
import { isLabelled } from '../../../../labels.js';

export interface RecordPaths {
  list: string;
  edit: string;
  discard: string;
  verify: string;
}

export interface RecordEditPageProps {
  lang: Lang;
  /** The screen as the catalog gives it: the record, its draft, the editable texts and the limits. */
  editor: RecordEditor;
  token: string;
  /** What the fields show: the draft, the published record, or what the person just sent. */
  values: FormState;
  /** The draft revision and published version the form's values stand on (hidden fields). */
  revision: number;
  version: number;
  problems: ShownProblem[];
  conflict?: ConflictInfo | undefined;
  /** The person's own values, when a conflict is shown beside the other person's. */
  yours?: FormState | null | undefined;
  done?: string | undefined;
  paths: RecordPaths;
}

export function recordTitle(lang: Lang, record: RecordForEditing): string {
  const name = local(record.published.name, lang) || t(lang, 'records.list.unnamed');
  return t(lang, record.kind === 'service' ? 'records.edit.serviceTitle' : 'records.edit.locationTitle', {
    name,
  });
}

/** The notice after an action, named by the `done` query parameter. */
const DONE_TEXT = {
  saved: 'records.done.saved',
  published: 'records.done.published',
  discarded: 'records.done.discarded',
  nothing: 'records.done.nothing',
  verified: 'records.done.verified',
} as const satisfies Record<string, MessageKey>;

type Limits = RecordEditor['limits'];

/** The text fields in two columns, one fieldset per language, each input marked with its language. */
function BilingualText({ ctx, editor }: { ctx: FieldContext; editor: RecordEditor }) {
  // The web address has its own input, below the texts written as they are.
  const fields = editor.texts.filter(({ edit }) => edit.format !== 'url');
  const url = editor.texts.find(({ edit }) => edit.format === 'url');
  return (
    <div class="bilingual">
      {(['en', 'fr'] as const).map((code) => (
        <fieldset key={code} class="bilingual-column">
          <legend lang={code === 'en' ? 'en-CA' : 'fr-CA'}>
            {t(ctx.lang, code === 'en' ? 'records.fields.english' : 'records.fields.french')}
          </legend>
          {fields.map(({ name, edit }) => (
            <Input
              key={name}
              ctx={ctx}
              path={`${name}.${code}`}
              label={t(ctx.lang, textLabel(name))}
              textLang={code}
              multiline={edit.multiline === true}
              maxLength={edit.max}
            />
          ))}
          {url && (
            <Input
              ctx={ctx}
              path={`${url.name}.${code}`}
              label={t(ctx.lang, textLabel(url.name))}
              hint={t(ctx.lang, 'records.fields.urlHint')}
              type="url"
              textLang={code}
              maxLength={url.edit.max}
            />
          )}
        </fieldset>
      ))}
    </div>
  );
}

function Phones({ ctx, limits }: { ctx: FieldContext; limits: Limits }) {
  const { lang, values } = ctx;
  const given = Object.keys(values)
    .map((key) => /^phones\.(\d+)\./.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  // The phones there are, and one spare row to add a number.
  const count = Math.min(limits.phones, (given.length ? Math.max(...given) + 1 : 0) + 1);
  return (
    <section aria-labelledby="phones-heading">
      <h2 id="phones-heading">{t(lang, 'records.fields.phones')}</h2>
      <p class="hint">{t(lang, 'records.fields.phonesHint')}</p>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} id={fieldId(`phones.${i}`)} class="record-group">
          <legend>{t(lang, 'records.fields.phone', { n: i + 1 })}</legend>
          <RecordFieldError ctx={ctx} path={`phones.${i}.id`} id={fieldId(`phones.${i}`)} />
          {values[`phones.${i}.id`] && (
            <input type="hidden" name={`phones.${i}.id`} value={values[`phones.${i}.id`]} />
          )}
          <Input
            ctx={ctx}
            path={`phones.${i}.number`}
            label={t(lang, 'records.fields.number')}
            type="tel"
            size="medium"
            maxLength={limits.phoneNumber}
          />
          <Input
            ctx={ctx}
            path={`phones.${i}.extension`}
            label={t(lang, 'records.fields.extension')}
            size="short"
            maxLength={limits.extensionDigits}
          />
          {(['en', 'fr'] as const).map((code) => (
            <Input
              key={code}
              ctx={ctx}
              path={`phones.${i}.description.${code}`}
              label={t(lang, code === 'en' ? 'records.fields.inEnglish' : 'records.fields.inFrench', {
                field: t(lang, 'records.fields.phoneDescription'),
              })}
              textLang={code}
              maxLength={limits.phoneDescription}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}

function Channels({ ctx, record, limits }: { ctx: FieldContext; record: RecordForEditing; limits: Limits }) {
  const { lang, values } = ctx;
  if (record.channels.length === 0) return null;
  const both = (i: number, field: 'description' | 'url', labelKey: MessageKey) =>
    (['en', 'fr'] as const).map((code) => (
      <Input
        key={`${field}-${code}`}
        ctx={ctx}
        path={`channels.${i}.${field}.${code}`}
        label={t(lang, code === 'en' ? 'records.fields.inEnglish' : 'records.fields.inFrench', {
          field: t(lang, labelKey),
        })}
        hint={field === 'url' ? t(lang, 'records.fields.urlHint') : undefined}
        type={field === 'url' ? 'url' : 'text'}
        textLang={code}
        multiline={field === 'description'}
        maxLength={field === 'url' ? limits.channelUrl : limits.channelDescription}
      />
    ));
  const has = (i: number, field: string) =>
    Object.keys(values).some((k) => k.startsWith(`channels.${i}.${field}`));
  return (
    <section aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t(lang, 'records.fields.channels')}</h2>
      {record.channels.map((channel, i) => (
        <fieldset key={channel.id} id={fieldId(`channels.${i}`)} class="record-group">
          <legend>{channelTitle(lang, channel)}</legend>
          <RecordFieldError ctx={ctx} path={`channels.${i}.id`} id={fieldId(`channels.${i}`)} />
          <input type="hidden" name={`channels.${i}.id`} value={channel.id} />
          {both(i, 'description', 'records.fields.description')}
          {(channel.kind === 'web' || channel.kind === 'kiosk' || has(i, 'url')) &&
            both(i, 'url', 'records.fields.url')}
          {(channel.kind === 'phone' || has(i, 'phone_number')) && (
            <Input
              ctx={ctx}
              path={`channels.${i}.phone_number`}
              label={t(lang, 'records.fields.phone_number')}
              type="tel"
              size="medium"
              maxLength={limits.phoneNumber}
            />
          )}
          {(channel.kind === 'email' || has(i, 'email')) && (
            <Input
              ctx={ctx}
              path={`channels.${i}.email`}
              label={t(lang, 'records.fields.email')}
              type="email"
              size="medium"
              maxLength={limits.email}
            />
          )}
        </fieldset>
      ))}
    </section>
  );
}

/** What another source is called in the form: the demo data by name, any other as it is recorded. */
const SOURCE_LABEL = { demo: 'records.terms.sources.demo' } as const satisfies Record<string, MessageKey>;

/** Terms other sources keep for the service in one language, by source and role: shown, not edited. */
function KeptTerms({ lang, code, terms }: { lang: Lang; code: Lang; terms: KeptSearchTerm[] }) {
  const mine = terms.filter((term) => term.lang === code);
  if (mine.length === 0) return null;
  const groups = new Map<string, { source: string; role: KeptSearchTerm['role']; terms: string[] }>();
  for (const term of mine) {
    const key = `${term.source}\u0000${term.role}`;
    const group = groups.get(key) ?? { source: term.source, role: term.role, terms: [] };
    group.terms.push(term.term);
    groups.set(key, group);
  }
  const id = `kept-terms-${code}`;
  return (
    <div class="kept-terms" role="group" aria-labelledby={id}>
      <p id={id}>
        <strong>{t(lang, 'records.terms.others')}</strong>
      </p>
      <p class="hint">{t(lang, 'records.terms.othersHint')}</p>
      <dl>
        {[...groups.values()].map((group) => (
          <Fragment key={`${group.source}:${group.role}`}>
            <dt>
              {t(lang, 'records.terms.kept', {
                source: isLabelled(SOURCE_LABEL, group.source)
                  ? t(lang, SOURCE_LABEL[group.source])
                  : group.source,
                role: t(lang, group.role === 'name' ? 'records.terms.names' : 'records.terms.descriptions'),
              })}
            </dt>
            <dd lang={code === 'en' ? 'en-CA' : 'fr-CA'}>{group.terms.join(', ')}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

/**
 * The words people search with for the service, a text area per list and language, a term a line,
 * with the terms other sources keep beside them.
 */
function SearchTerms({
  ctx,
  record,
  limits,
}: {
  ctx: FieldContext;
  record: RecordForEditing;
  limits: Limits;
}) {
  const { lang } = ctx;
  // Room for every term at its longest, each on its line: the limits are checked, and said, on sending.
  const maxLength = limits.searchTerms * (limits.searchTermLength + 2);
  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t(lang, 'records.terms.heading')}</h2>
      <p class="hint">
        {t(lang, 'records.terms.intro', { count: limits.searchTerms, length: limits.searchTermLength })}
      </p>
      <div class="bilingual">
        {(['en', 'fr'] as const).map((code) => (
          <fieldset key={code} class="bilingual-column">
            <legend lang={code === 'en' ? 'en-CA' : 'fr-CA'}>
              {t(lang, code === 'en' ? 'records.fields.english' : 'records.fields.french')}
            </legend>
            <Input
              ctx={ctx}
              path={`search_terms.${code}.names`}
              label={t(lang, 'records.terms.names')}
              hint={t(lang, 'records.terms.namesHint')}
              textLang={code}
              multiline
              rows={6}
              maxLength={maxLength}
            />
            <Input
              ctx={ctx}
              path={`search_terms.${code}.descriptions`}
              label={t(lang, 'records.terms.descriptions')}
              hint={t(lang, 'records.terms.descriptionsHint')}
              textLang={code}
              multiline
              rows={6}
              maxLength={maxLength}
            />
            <KeptTerms lang={lang} code={code} terms={record.other_terms} />
          </fieldset>
        ))}
      </div>
    </section>
  );
}

function Address({ ctx, limits }: { ctx: FieldContext; limits: Limits }) {
  const { lang } = ctx;
  const line = (field: keyof typeof FIELD_LABEL, autoComplete: string, size?: 'short' | 'medium') => (
    <Input
      ctx={ctx}
      path={`address.${field}`}
      label={t(lang, FIELD_LABEL[field])}
      autoComplete={autoComplete}
      size={size}
      maxLength={limits.addressLine}
    />
  );
  return (
    <fieldset class="record-group" id={fieldId('address')}>
      <legend>{t(lang, 'records.fields.address')}</legend>
      {line('address_1', 'address-line1')}
      {line('address_2', 'address-line2')}
      {line('city', 'address-level2', 'medium')}
      {line('state_province', 'address-level1', 'medium')}
      {line('postal_code', 'postal-code', 'short')}
    </fieldset>
  );
}

/** Weekly hours as a table: one row per weekday, two opening spans and a Closed checkbox. */
function Hours({ ctx, limits }: { ctx: FieldContext; limits: Limits }) {
  const { lang, values } = ctx;
  const columns = [
    ['0', 'opens', 'opens'],
    ['0', 'closes', 'closes'],
    ['1', 'opens', 'opens2'],
    ['1', 'closes', 'closes2'],
  ] as const;
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t(lang, 'records.fields.hours')}</h2>
      <p class="hint" id="hours-hint">
        {t(lang, 'records.fields.hoursHint')}
      </p>
      <table class="data-table hours-form">
        <caption class="visually-hidden">{t(lang, 'records.fields.hours')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'records.fields.day')}</th>
            {columns.map(([, , key]) => (
              <th scope="col" key={key}>
                {t(lang, FIELD_LABEL[key])}
              </th>
            ))}
            <th scope="col">{t(lang, 'records.fields.closed')}</th>
          </tr>
        </thead>
        <tbody>
          {DAY_CODES.map((day, i) => {
            const dayName = t(lang, DAY_LABEL[day]);
            return (
              <tr key={day} id={fieldId(`hours.${i}`)}>
                <th scope="row">
                  {dayName}
                  <RecordFieldError ctx={ctx} path={`hours.${i}.day`} id={fieldId(`hours.${i}`)} />
                </th>
                {columns.map(([span, end, key]) => {
                  const path = `hours.${i}.spans.${span}.${end}`;
                  const id = fieldId(path);
                  const invalid = ctx.problems.some((p) => p.path === path);
                  return (
                    <td key={key} class={invalid ? 'field-invalid' : undefined}>
                      <label class="visually-hidden" for={id}>
                        {t(lang, 'records.fields.dayField', {
                          day: dayName,
                          field: t(lang, FIELD_LABEL[key]),
                        })}
                      </label>
                      <RecordFieldError ctx={ctx} path={path} id={id} />
                      <input
                        id={id}
                        name={path}
                        type="text"
                        inputMode="numeric"
                        class="input-short"
                        maxLength={limits.time}
                        autoComplete="off"
                        value={values[path] ?? ''}
                        aria-invalid={invalid ? 'true' : undefined}
                        aria-describedby={invalid ? `hours-hint ${id}-error` : 'hours-hint'}
                      />
                    </td>
                  );
                })}
                <td>
                  <div class="choice">
                    <input
                      type="checkbox"
                      id={fieldId(`hours.${i}.closed`)}
                      name={`hours.${i}.closed`}
                      value="on"
                      checked={values[`hours.${i}.closed`] === 'on'}
                    />
                    <label for={fieldId(`hours.${i}.closed`)}>
                      <span class="visually-hidden">{dayName} – </span>
                      {t(lang, 'records.fields.closed')}
                    </label>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function RecordEditPage(props: RecordEditPageProps) {
  const { lang, editor, token, paths, problems, conflict } = props;
  const { record, limits } = editor;
  const ctx: FieldContext = { lang, values: props.values, problems };
  const texts = editor.texts.map(({ name }) => name);
  const label = (path: string) => fieldLabel(lang, path, texts, record.channels);
  const draft = record.draft;
  const saved = draft && when(lang, draft.updated_at);
  return (
    <>
      <p>
        <a href={paths.list}>{t(lang, 'records.edit.back')}</a>
      </p>
      <h1>{recordTitle(lang, record)}</h1>
      {record.organization_name && (
        <p class="meta">{t(lang, 'records.edit.owner', { name: local(record.organization_name, lang) })}</p>
      )}
      {props.done && isLabelled(DONE_TEXT, props.done) && (
        <div class="notice notice-success" role="status">
          <p>{t(lang, DONE_TEXT[props.done])}</p>
        </div>
      )}
      {conflict && (
        <ConflictPanel
          lang={lang}
          conflict={conflict}
          yours={props.yours ?? null}
          parts={editor.parts}
          label={label}
        />
      )}
      <RecordErrorSummary lang={lang} problems={problems} label={label} />
      <p>
        <strong>
          {draft && saved
            ? t(lang, 'records.edit.draft', {
                revision: draft.revision,
                name: draft.updated_by_name,
                date: saved.date,
                time: saved.time,
                version: draft.base_version,
              })
            : t(lang, 'records.edit.published', { version: record.version })}
        </strong>
      </p>
      <p>{verifiedLine(lang, record.last_verified, record.assured_date)}</p>
      {record.translation_pending && <p>{t(lang, 'records.status.pendingTranslation')}</p>}
      <p class="hint">{t(lang, 'records.edit.intro')}</p>
      <form method="post" action={paths.edit} id="record-form" novalidate>
        <CsrfField token={token} />
        <input type="hidden" name="revision" value={String(props.revision)} />
        <input type="hidden" name="version" value={String(props.version)} />
        <h2>{t(lang, 'records.edit.textHeading')}</h2>
        <BilingualText ctx={ctx} editor={editor} />
        {record.kind === 'service' ? (
          <>
            <Phones ctx={ctx} limits={limits} />
            <Channels ctx={ctx} record={record} limits={limits} />
            {'search_terms' in editor.content && <SearchTerms ctx={ctx} record={record} limits={limits} />}
          </>
        ) : (
          <>
            <Address ctx={ctx} limits={limits} />
            <Hours ctx={ctx} limits={limits} />
            <Input
              ctx={ctx}
              path="languages"
              label={t(lang, 'records.fields.languages')}
              hint={t(lang, 'records.fields.languagesHint')}
              size="medium"
              maxLength={200}
            />
          </>
        )}
        <div class="button-row">
          <button type="submit" name="intent" value="save">
            {t(lang, 'records.edit.save')}
          </button>{' '}
          <button type="submit" name="intent" value="publish">
            {t(lang, 'records.edit.publish')}
          </button>
        </div>
      </form>
      <section aria-labelledby="other-actions">
        <h2 id="other-actions">{t(lang, 'records.edit.otherActions')}</h2>
        <form method="post" action={paths.verify}>
          <CsrfField token={token} />
          <input type="hidden" name="version" value={String(record.version)} />
          <p class="hint" id="verify-hint">
            {t(lang, 'records.edit.verifyHint')}
          </p>
          <button type="submit" class="button-secondary" aria-describedby="verify-hint">
            {t(lang, 'records.edit.verify')}
          </button>
        </form>
        {draft && (
          <form method="post" action={paths.discard}>
            <CsrfField token={token} />
            <input type="hidden" name="revision" value={String(draft.revision)} />
            <p class="hint" id="discard-hint">
              {t(lang, 'records.edit.discardHint')}
            </p>
            <button type="submit" class="button-secondary" aria-describedby="discard-hint">
              {t(lang, 'records.edit.discard')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
