/**
 * What a partner may change on a service or a location (README "Drafts"), validated: the problems are
 * codes, never words, so each channel says them in the person's language.
 */
import { z } from 'zod';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { languageName } from '../commands/rows.js';
import { editableColumns, type EditableColumn, type RequiredColumn } from '../tables.js';
import { RecordProblemsError } from './errors.js';

export const RECORD_KINDS = ['service', 'location'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What an editor may send besides the texts (whose limits are the descriptors' in tables.ts); forms reuse them. */
export const DRAFT_LIMITS = {
  phones: 10,
  channels: 30,
  languages: 20,
  spansPerDay: 2,
  phoneNumber: 40,
  extensionDigits: 10,
  phoneDescription: 200,
  channelDescription: 1000,
  channelUrl: 500,
  email: 254,
  time: 8,
  addressLine: 200,
  city: 100,
  stateProvince: 100,
  postalCode: 20,
  /** Search terms in each list (names, descriptions) of each language, and each term's length. */
  searchTerms: 40,
  searchTermLength: 120,
} as const;
const L = DRAFT_LIMITS;

/**
 * Problem codes, used as zod messages. The domain says which problem, never in words: each channel
 * says it in the person's language (`records.problems.<code>` in locales/).
 */
export const PROBLEM_CODES = [
  'required',
  'required_en',
  'required_fr',
  'too_long',
  'too_many',
  'url',
  'phone',
  'extension',
  'email',
  'time',
  'time_pair',
  'closes_before_opens',
  'spans_overlap',
  'duplicate_day',
  'language_code',
  'unknown_item',
  'term_too_long',
  'too_many_terms',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

const blank = (value: string) => value.trim() === '';
const str = (max: number) =>
  z
    .string({ error: 'invalid' })
    .max(max, 'too_long')
    .nullish()
    .transform((value) => (value ?? '').trim());

const pair = (max: number) =>
  z.preprocess((value) => value ?? {}, z.object({ en: str(max), fr: str(max) }, { error: 'invalid' }));

/** Both languages, never blank. */
const requiredText = (max: number) =>
  pair(max).superRefine((text, ctx) => {
    if (blank(text.en)) ctx.addIssue({ code: 'custom', path: ['en'], message: 'required_en' });
    if (blank(text.fr)) ctx.addIssue({ code: 'custom', path: ['fr'], message: 'required_fr' });
  });

/** Absent (both blank) or both languages: the catalog's OptText rule. */
const optionalText = (max: number, check?: (value: string) => ProblemCode | undefined) =>
  pair(max)
    .superRefine((text, ctx) => {
      if (blank(text.en) && blank(text.fr)) return;
      for (const lang of ['en', 'fr'] as const) {
        if (blank(text[lang])) ctx.addIssue({ code: 'custom', path: [lang], message: `required_${lang}` });
        else {
          const problem = check?.(text[lang]);
          if (problem) ctx.addIssue({ code: 'custom', path: [lang], message: problem });
        }
      }
    })
    .transform((text): LocalizedText | null => (blank(text.en) && blank(text.fr) ? null : text));

/** Only http(s) addresses: a `javascript:` link in a partner's record must never reach a page. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const PHONE = /^\+?[0-9][0-9 ()\-.]{2,30}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

const optionalId = z
  .string({ error: 'invalid' })
  .nullish()
  .transform((value) => (value ? value.trim() : undefined));

const PhoneDraft = z
  .object({
    id: optionalId,
    number: str(L.phoneNumber),
    extension: z
      .union([z.string(), z.number()], { error: 'extension' })
      .nullish()
      .transform((value) => (value === null || value === undefined ? '' : String(value).trim())),
    description: pair(L.phoneDescription),
  })
  .superRefine((phone, ctx) => {
    const empty =
      blank(phone.number) &&
      phone.extension === '' &&
      blank(phone.description.en) &&
      blank(phone.description.fr);
    if (empty) return;
    if (blank(phone.number)) ctx.addIssue({ code: 'custom', path: ['number'], message: 'required' });
    else if (!PHONE.test(phone.number)) ctx.addIssue({ code: 'custom', path: ['number'], message: 'phone' });
    if (phone.extension !== '' && !new RegExp(`^\\d{1,${L.extensionDigits}}$`).test(phone.extension))
      ctx.addIssue({ code: 'custom', path: ['extension'], message: 'extension' });
    for (const lang of ['en', 'fr'] as const) {
      const other = lang === 'en' ? 'fr' : 'en';
      if (blank(phone.description[lang]) && !blank(phone.description[other]))
        ctx.addIssue({ code: 'custom', path: ['description', lang], message: `required_${lang}` });
    }
  });

const ChannelDraft = z.object({
  id: z.string({ error: 'invalid' }).min(1, 'invalid'),
  description: optionalText(L.channelDescription),
  url: optionalText(L.channelUrl, (value) => (isWebAddress(value) ? undefined : 'url')),
  phone_number: str(L.phoneNumber).refine((value) => value === '' || PHONE.test(value), 'phone'),
  email: str(L.email).refine((value) => value === '' || EMAIL.test(value), 'email'),
});

/** A search term as kept: control characters and runs of spaces become one space, ends trimmed. */
const cleanTerm = (line: string) =>
  line
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * One list of search terms, one term a line as typed: blank lines count for the line numbers problems
 * name and are dropped after validation, with repeats (whatever their case).
 */
const TermList = z
  .array(z.string({ error: 'invalid' }), { error: 'invalid' })
  // A bound on what is even read; the limit that counts is the terms', below.
  .max(L.searchTerms * 10, 'too_many_terms')
  .superRefine((lines, ctx) => {
    const terms = lines.map(cleanTerm);
    terms.forEach((term, i) => {
      if (term.length > L.searchTermLength)
        ctx.addIssue({ code: 'custom', path: [i], message: 'term_too_long' });
    });
    if (terms.filter(Boolean).length > L.searchTerms)
      ctx.addIssue({ code: 'custom', message: 'too_many_terms' });
  })
  .transform((lines) => {
    const seen = new Set<string>();
    return lines.map(cleanTerm).filter((term) => {
      const key = term.toLocaleLowerCase();
      if (!term || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const TermListField = z.preprocess((value) => value ?? [], TermList);

const LanguageTerms = z.preprocess(
  (value) => value ?? {},
  z.object({ names: TermListField, descriptions: TermListField }, { error: 'invalid' }),
);

/**
 * A service's search terms in both languages (drafts/terms.ts). Absent means "as published": a channel
 * that does not edit terms leaves them as they are.
 */
const SearchTermsDraft = z.preprocess(
  (value) => value ?? undefined,
  z.object({ en: LanguageTerms, fr: LanguageTerms }, { error: 'invalid' }).optional(),
);

type RequiredTextDraft = ReturnType<typeof requiredText>;
type OptionalTextDraft = ReturnType<typeof optionalText>;

/** The bilingual texts an editor may change on a table's records, as its descriptor limits them. */
type TextDrafts<T extends 'service' | 'location'> = { [K in RequiredColumn<T>]: RequiredTextDraft } & {
  [K in Exclude<EditableColumn<T>, RequiredColumn<T>>]: OptionalTextDraft;
};

function textDrafts<T extends 'service' | 'location'>(table: T): TextDrafts<T> {
  const entries = editableColumns(table).map(({ name, edit }) => [
    name,
    edit.required
      ? requiredText(edit.max)
      : optionalText(
          edit.max,
          edit.format === 'url' ? (value) => (isWebAddress(value) ? undefined : 'url') : undefined,
        ),
  ]);
  // The descriptor's literal types say which names are required; the entries follow the same flags.
  return Object.fromEntries(entries) as TextDrafts<T>;
}

/** The names of the texts an editor may change on a service, in the form's order. */
export const SERVICE_TEXT_FIELDS = editableColumns('service').map((column) => column.name);

/** What a partner edits on a service. */
export const ServiceDraftSchema = z.object({
  ...textDrafts('service'),
  phones: z
    .array(PhoneDraft, { error: 'invalid' })
    .max(L.phones, 'too_many')
    .default([])
    // Rows left entirely blank (the form's spare row) are dropped after validation, so paths stay positional.
    .transform((phones) =>
      phones
        .filter((p) => !blank(p.number))
        .map((p) => ({
          ...(p.id ? { id: p.id } : {}),
          number: p.number,
          extension: p.extension === '' ? null : Number(p.extension),
          description: blank(p.description.en) && blank(p.description.fr) ? null : p.description,
        })),
    ),
  channels: z
    .array(ChannelDraft, { error: 'invalid' })
    .max(L.channels, 'too_many')
    .default([])
    .transform((channels) =>
      channels.map((c) => ({
        id: c.id,
        description: c.description,
        url: c.url,
        phone_number: c.phone_number || null,
        email: c.email || null,
      })),
    ),
  search_terms: SearchTermsDraft,
});

const Span = z.object({ opens: str(L.time), closes: str(L.time) });

const DayHours = z
  .object({
    day: z.enum(WEEKDAYS, { error: 'invalid' }),
    closed: z
      .union([z.boolean(), z.literal('on'), z.literal('true')], { error: 'invalid' })
      .nullish()
      .transform((value) => value === true || value === 'on' || value === 'true'),
    spans: z.array(Span, { error: 'invalid' }).max(L.spansPerDay, 'too_many').default([]),
  })
  .superRefine((day, ctx) => {
    if (day.closed) return;
    let previousClose: string | undefined;
    day.spans.forEach((span, i) => {
      if (blank(span.opens) && blank(span.closes)) return;
      for (const end of ['opens', 'closes'] as const) {
        if (blank(span[end])) ctx.addIssue({ code: 'custom', path: ['spans', i, end], message: 'time_pair' });
        else if (!TIME.test(span[end]))
          ctx.addIssue({ code: 'custom', path: ['spans', i, end], message: 'time' });
      }
      if (!TIME.test(span.opens) || !TIME.test(span.closes)) return;
      const [opens, closes] = [span.opens.slice(0, 5), span.closes.slice(0, 5)];
      if (closes <= opens)
        ctx.addIssue({ code: 'custom', path: ['spans', i, 'closes'], message: 'closes_before_opens' });
      if (previousClose && opens < previousClose)
        ctx.addIssue({ code: 'custom', path: ['spans', i, 'opens'], message: 'spans_overlap' });
      previousClose = closes;
    });
  })
  .transform((day) => ({
    day: day.day,
    closed: day.closed,
    spans: day.closed
      ? []
      : day.spans
          .filter((span) => !blank(span.opens))
          .map((span) => ({ opens: span.opens.slice(0, 5), closes: span.closes.slice(0, 5) })),
  }));

const AddressDraft = z
  .preprocess(
    (value) => value ?? {},
    z.object(
      {
        address_1: str(L.addressLine),
        address_2: str(L.addressLine),
        city: str(L.city),
        state_province: str(L.stateProvince),
        postal_code: str(L.postalCode),
      },
      { error: 'invalid' },
    ),
  )
  .superRefine((address, ctx) => {
    if (Object.values(address).every(blank)) return;
    for (const field of ['address_1', 'city', 'state_province', 'postal_code'] as const)
      if (blank(address[field])) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
  })
  .transform((address) => (Object.values(address).every(blank) ? null : address));

/** What a partner edits on a location (an office). */
export const LocationDraftSchema = z.object({
  ...textDrafts('location'),
  address: AddressDraft,
  hours: z
    .array(DayHours, { error: 'invalid' })
    .max(7, 'too_many')
    .default([])
    .superRefine((days, ctx) => {
      const seen = new Set<string>();
      days.forEach((day, i) => {
        if (seen.has(day.day)) ctx.addIssue({ code: 'custom', path: [i, 'day'], message: 'duplicate_day' });
        seen.add(day.day);
      });
    })
    .transform((days) => [...days].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day))),
  languages: z
    .array(
      z
        .string({ error: 'language_code' })
        .transform((code) => code.trim().toLowerCase())
        .refine((code) => /^[a-z]{2,3}$/.test(code) && languageName(code) !== undefined, 'language_code'),
      { error: 'invalid' },
    )
    .max(L.languages, 'too_many')
    .default([])
    .transform((codes) => [...new Set(codes)]),
});

export type ServiceDraft = z.output<typeof ServiceDraftSchema>;
export type LocationDraft = z.output<typeof LocationDraftSchema>;

/** Text as an editor sends it: either language may be missing or blank (the schema says which may not). */
type TextInput = { en?: string | null | undefined; fr?: string | null | undefined } | null | undefined;

export type ServiceDraftInput = { [K in EditableColumn<'service'>]?: TextInput } & ServiceDraftChildren;

interface ServiceDraftChildren {
  /** A phone with an id is one of the service's own; without one it is new. Blank rows are dropped. */
  phones?: {
    id?: string | null | undefined;
    number?: string | null | undefined;
    extension?: string | number | null | undefined;
    description?: TextInput;
  }[];
  /** Existing channels only, by id; a channel left out stays as it is. */
  channels?: {
    id: string;
    description?: TextInput;
    url?: TextInput;
    phone_number?: string | null | undefined;
    email?: string | null | undefined;
  }[];
  /** Search terms, one a line; absent (or null) leaves the published ones as they are. */
  search_terms?: {
    en?: TermListsInput | null | undefined;
    fr?: TermListsInput | null | undefined;
  } | null;
}

interface TermListsInput {
  names?: string[] | null | undefined;
  descriptions?: string[] | null | undefined;
}

export interface LocationDraftInput {
  name?: TextInput;
  address?: {
    address_1?: string | null | undefined;
    address_2?: string | null | undefined;
    city?: string | null | undefined;
    state_province?: string | null | undefined;
    postal_code?: string | null | undefined;
  } | null;
  /** Weekly hours: a day left out, or without spans, has no opening hours. */
  hours?: {
    day: Weekday;
    closed?: boolean | 'on' | 'true' | null | undefined;
    spans?: { opens?: string | null | undefined; closes?: string | null | undefined }[];
  }[];
  /** ISO 639 codes. */
  languages?: string[];
}
export type DraftContent = ServiceDraft | LocationDraft;
export type DayHoursDraft = LocationDraft['hours'][number];

const problemCodes: ReadonlySet<string> = new Set(PROBLEM_CODES);
const isProblemCode = (value: string): value is ProblemCode => problemCodes.has(value);

/** Parses draft content, or throws RecordProblemsError whose problems carry a `code` channels can word. */
export function parseDraft<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new RecordProblemsError(
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: isProblemCode(issue.message) ? issue.message : 'invalid',
    })),
  );
}
