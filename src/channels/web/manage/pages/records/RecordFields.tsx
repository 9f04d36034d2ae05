/**
 * Pieces of the record editing pages: form state as flat field paths, labels for every path, inputs
 * wired to their errors (aria-invalid, aria-describedby), the error summary and the conflict panel.
 */
import { Fragment } from 'preact';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';
import type {
  ChannelSummary,
  ConflictInfo,
  DraftContent,
  EditableColumn,
} from '../../../../../domains/catalog/index.js';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { formatDate, formatTime } from '../../../../../ui/format.js';
import { CHANNEL_KIND_LABEL, DELIVERY_LABEL, isLabelled } from '../../../../labels.js';

/** What the form shows: field path (`name.fr`, `hours.0.spans.1.opens`) → the text in the input. */
export type FormState = Record<string, string>;

export interface ShownProblem {
  path: string;
  message: string;
}

/** The path of a text area of search terms: `search_terms.<lang>.names` or `.descriptions`. */
export const TERMS_PATH = /^search_terms\.(en|fr)\.(names|descriptions)$/;

/**
 * A record's content as the form's fields; languages become one comma-separated field, each list of
 * search terms one text area, a term a line.
 */
export function toFormState(content: DraftContent): FormState {
  const state: FormState = {};
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined || value === false) return;
    if (path === 'languages' && Array.isArray(value)) {
      state[path] = value.join(', ');
      return;
    }
    if (TERMS_PATH.test(path) && Array.isArray(value)) {
      state[path] = value.join('\n');
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    else state[path] = value === true ? 'on' : String(value);
  };
  walk(content, '');
  return state;
}

/** The element id of a field path: dots are not welcome in fragment links. */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

/** Where the error summary sends the person for a problem: the field, else the group that holds it. */
export function anchorFor(path: string): string {
  if (/^languages(\.\d+)?$/.test(path)) return fieldId('languages');
  if (/^(phones|channels)\.\d+\.id$/.test(path)) return fieldId(path.replace(/\.id$/, ''));
  if (/^hours\.\d+(\.day)?$/.test(path)) return fieldId(path.replace(/\.day$/, ''));
  if (!path || path === 'revision' || path === 'version' || path === 'id') return 'record-form';
  return fieldId(path);
}

export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const DAY_LABEL = {
  MO: 'records.fields.days.MO',
  TU: 'records.fields.days.TU',
  WE: 'records.fields.days.WE',
  TH: 'records.fields.days.TH',
  FR: 'records.fields.days.FR',
  SA: 'records.fields.days.SA',
  SU: 'records.fields.days.SU',
} as const satisfies Record<(typeof DAY_CODES)[number], MessageKey>;

/** A bilingual text a descriptor lets an editor change. */
export type TextColumn = EditableColumn<'service'> | EditableColumn<'location'>;

/**
 * A text's label is `records.fields.<column>`: a column added to a descriptor without its words in
 * locales/ fails to compile here.
 */
export const textLabel = (column: TextColumn): MessageKey => `records.fields.${column}` as const;

/** The labels of the record's other fields, by the last part of their path. */
export const FIELD_LABEL = {
  number: 'records.fields.number',
  extension: 'records.fields.extension',
  address_1: 'records.fields.address_1',
  address_2: 'records.fields.address_2',
  city: 'records.fields.city',
  state_province: 'records.fields.state_province',
  postal_code: 'records.fields.postal_code',
  opens: 'records.fields.opens',
  closes: 'records.fields.closes',
  opens2: 'records.fields.opens2',
  closes2: 'records.fields.closes2',
} as const satisfies Record<string, MessageKey>;

/** A field's name in the person's language, for the error summary and the comparison table. */
export function fieldLabel(
  lang: Lang,
  path: string,
  texts: readonly TextColumn[],
  channels: ChannelSummary[] = [],
): string {
  const parts = path.split('.');
  const inLanguage = (field: string, code: string | undefined) =>
    code === 'en' || code === 'fr'
      ? t(lang, code === 'en' ? 'records.fields.inEnglish' : 'records.fields.inFrench', { field })
      : field;
  const [head, index, ...rest] = parts;
  if (head === 'phones' && index !== undefined) {
    const phone = t(lang, 'records.fields.phone', { n: Number(index) + 1 });
    const [field, code] = rest;
    const name =
      field === 'description'
        ? inLanguage(t(lang, 'records.fields.phoneDescription'), code)
        : field === 'number' || field === 'extension'
          ? t(lang, FIELD_LABEL[field])
          : '';
    return name ? `${phone} – ${name}` : phone;
  }
  if (head === 'channels' && index !== undefined) {
    const channel = channels[Number(index)];
    const title = channel ? channelTitle(lang, channel) : t(lang, 'records.fields.channels');
    const [field, code] = rest;
    const names: Record<string, string> = {
      description: t(lang, 'records.fields.description'),
      url: t(lang, 'records.fields.url'),
      phone_number: t(lang, 'records.fields.phone_number'),
      email: t(lang, 'records.fields.email'),
    };
    return field && names[field] ? `${title} – ${inLanguage(names[field], code)}` : title;
  }
  if (head === 'hours' && index !== undefined) {
    const day = t(lang, DAY_LABEL[DAY_CODES[Number(index)] ?? 'MO']);
    const [group, span, end] = rest;
    if (group === 'closed')
      return t(lang, 'records.fields.dayField', { day, field: t(lang, 'records.fields.closed') });
    const column = `${end}${span === '1' ? '2' : ''}`;
    if (!end || !isLabelled(FIELD_LABEL, column)) return day;
    return t(lang, 'records.fields.dayField', { day, field: t(lang, FIELD_LABEL[column]) });
  }
  if (head === 'address' && isLabelled(FIELD_LABEL, index)) return t(lang, FIELD_LABEL[index]);
  if (head === 'languages') return t(lang, 'records.fields.languages');
  if (head === 'search_terms') {
    const [list] = rest;
    const name = t(lang, list === 'descriptions' ? 'records.terms.descriptions' : 'records.terms.names');
    return list ? inLanguage(name, index) : t(lang, 'records.terms.heading');
  }
  const text = texts.find((column) => column === head);
  if (text) return inLanguage(t(lang, textLabel(text)), index);
  return t(lang, 'records.fields.record');
}

export function channelTitle(lang: Lang, channel: ChannelSummary): string {
  return t(lang, 'records.fields.channel', {
    kind: t(lang, CHANNEL_KIND_LABEL[channel.kind]),
    delivery: t(lang, DELIVERY_LABEL[channel.delivery]),
  });
}

/** A moment as a date and a clock time in Eastern time, where most partners work. */
export function when(lang: Lang, moment: Date | string): { date: string; time: string } {
  const at = typeof moment === 'string' ? new Date(moment) : moment;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: formatDate(lang, `${part('year')}-${part('month')}-${part('day')}`),
    time: formatTime(lang, `${part('hour')}:${part('minute')}`),
  };
}

/** "Last verified 3 March 2026 by Émilie", or the HSDS date alone when no person is known. */
export function verifiedLine(
  lang: Lang,
  lastVerified: { at: Date; by: string | null } | null,
  assuredDate: string | null,
): string {
  if (lastVerified) {
    const { date } = when(lang, lastVerified.at);
    return lastVerified.by
      ? t(lang, 'records.verified.by', { date, name: lastVerified.by })
      : t(lang, 'records.verified.date', { date });
  }
  if (assuredDate) return t(lang, 'records.verified.date', { date: formatDate(lang, assuredDate) });
  return t(lang, 'records.verified.never');
}

/* ---------- inputs ---------- */

export interface FieldContext {
  lang: Lang;
  values: FormState;
  problems: ShownProblem[];
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => !!id);
  return list.length ? list.join(' ') : undefined;
}

/** The problems with the field at `path` (several lines of a text area may each have one), under it. */
export function RecordFieldError({ ctx, path, id }: { ctx: FieldContext; path: string; id: string }) {
  const messages = ctx.problems.filter((p) => p.path === path).map((p) => p.message);
  return messages.length ? (
    <FieldError lang={ctx.lang} id={`${id}-error`} message={messages.join(' ')} />
  ) : null;
}

export interface InputProps {
  /** Rows of a text area (4 unless given). */
  rows?: number;
  ctx: FieldContext;
  path: string;
  label: string;
  /** The language of the text the field holds, when it holds text in one language. */
  textLang?: Lang | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'url' | 'tel' | 'email';
  autoComplete?: string;
  size?: 'short' | 'medium';
  maxLength?: number;
}

/** A labelled input or textarea; on error the field is marked invalid and described by its message. */
export function Input(props: InputProps) {
  const { ctx, path, label, hint } = props;
  const id = fieldId(path);
  const invalid = ctx.problems.some((p) => p.path === path);
  const aria = {
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, invalid && `${id}-error`),
  };
  const value = ctx.values[path] ?? '';
  const lang = props.textLang ? (props.textLang === 'en' ? 'en-CA' : 'fr-CA') : undefined;
  return (
    <div class={`field${invalid ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <RecordFieldError ctx={ctx} path={path} id={id} />
      {props.multiline ? (
        <textarea
          id={id}
          name={path}
          rows={props.rows ?? 4}
          lang={lang}
          maxLength={props.maxLength ?? 4000}
          {...aria}
        >
          {value}
        </textarea>
      ) : (
        <input
          id={id}
          name={path}
          type={(props.type ?? 'text') as 'text'}
          value={value}
          lang={lang}
          maxLength={props.maxLength ?? 500}
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={props.type && props.type !== 'text' ? false : undefined}
          class={
            props.size === 'short' ? 'input-short' : props.size === 'medium' ? 'input-medium' : undefined
          }
          {...aria}
        />
      )}
    </div>
  );
}

/* ---------- summaries ---------- */

export function RecordErrorSummary({
  lang,
  problems,
  label,
}: {
  lang: Lang;
  problems: ShownProblem[];
  label: (path: string) => string;
}) {
  return (
    <ErrorSummary
      heading={t(lang, 'records.errors.heading')}
      intro={t(lang, 'records.errors.invalid')}
      problems={problems.map((problem) => ({
        target: anchorFor(problem.path),
        text: `${label(problem.path)}${lang === 'fr' ? '\u00a0: ' : ': '}${problem.message}`,
      }))}
    />
  );
}

const textLangOf = (path: string) => {
  const code = TERMS_PATH.exec(path)?.[1] ?? path.split('.').at(-1);
  return code === 'fr' ? 'fr-CA' : code === 'en' ? 'en-CA' : undefined;
};

/** A form value as compared: browsers send a text area's lines with CR LF, the record's have LF. */
const comparable = (value: string | undefined) => (value ?? '').replace(/\r\n?/g, '\n').trim();

/** One value of the comparison; a list of search terms keeps a term a line. */
function ComparedValue({ lang, path, value }: { lang: Lang; path: string; value: string | undefined }) {
  const text = comparable(value);
  if (!text) return <td>{t(lang, 'records.conflict.empty')}</td>;
  const lines = text.split('\n');
  return (
    <td lang={textLangOf(path)}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </td>
  );
}

/** Says plainly who changed the record and when, and puts their values beside the person's own. */
export function ConflictPanel({
  lang,
  conflict,
  yours,
  parts,
  label,
}: {
  lang: Lang;
  conflict: ConflictInfo;
  yours: FormState | null;
  /** The parts of the record the form shows and sends, which the comparison covers. */
  parts: readonly string[];
  label: (path: string) => string;
}) {
  const moment = conflict.at ? when(lang, conflict.at) : { date: '—', time: '—' };
  const message =
    conflict.reason === 'draft_changed'
      ? t(lang, 'records.conflict.draft_changed', { name: conflict.by ?? '—', ...moment })
      : conflict.reason === 'published_changed'
        ? t(lang, 'records.conflict.published_changed', {
            ...moment,
            by: conflict.by ? t(lang, 'records.conflict.publishedBy', { name: conflict.by }) : '',
          })
        : t(lang, 'records.conflict.draft_gone');
  const theirs = conflict.theirs ? toFormState(conflict.theirs) : null;
  const paths =
    theirs && yours
      ? [...new Set([...Object.keys(theirs), ...Object.keys(yours)])].filter(
          (path) =>
            // Ids and weekday codes are the record's structure, not values the form shows or sends.
            !/\.id$|^hours\.\d+\.day$|^(revision|version|intent|_csrf)$/.test(path) &&
            parts.includes(path.split('.')[0]!) &&
            comparable(theirs[path]) !== comparable(yours[path]),
        )
      : [];
  return (
    <section class="notice conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t(lang, 'records.conflict.heading')}</h2>
      <p>{message}</p>
      {paths.length > 0 && (
        <table class="data-table">
          <caption>{t(lang, 'records.conflict.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'records.conflict.field')}</th>
              <th scope="col">{t(lang, 'records.conflict.theirs')}</th>
              <th scope="col">{t(lang, 'records.conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {paths.map((path) => (
              <tr key={path}>
                <th scope="row">{label(path)}</th>
                <ComparedValue lang={lang} path={path} value={theirs?.[path]} />
                <ComparedValue lang={lang} path={path} value={yours?.[path]} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {yours ? (
        <p>{t(lang, 'records.conflict.next')}</p>
      ) : (
        conflict.reason === 'published_changed' && <p>{t(lang, 'records.conflict.verify')}</p>
      )}
    </section>
  );
}
