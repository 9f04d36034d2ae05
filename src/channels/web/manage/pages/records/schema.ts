/**
 * The record pages' parameters, query string and forms. The form's fields are flat paths
 * (`phones.0.number`, `hours.2.spans.1.opens`); they are nested here and given the shape the catalog's
 * draft commands take, which then check every value and limit and say what is wrong, field by field.
 */
import { z } from 'zod';
import {
  SERVICE_TEXT_FIELDS,
  WEEKDAYS,
  type LocationDraftInput,
  type ServiceDraftInput,
} from '../../../../../domains/catalog/index.js';

export const RecordParams = z.object({ id: z.uuid() });

export const DONE = ['saved', 'published', 'discarded', 'nothing', 'verified'] as const;
/** `?done=` after an action; anything else is ignored, as a stale or edited link would be. */
export const RecordQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) });

/** A revision or version from a hidden field; anything but a small whole number counts as absent. */
const counter = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

export const EnvelopeForm = z.object({
  intent: z.string().optional(),
  revision: counter,
  version: counter,
});

/**
 * Form fields as nested values. Only known top-level fields and small indexes are read: a hostile form
 * cannot reach a prototype or make a huge sparse array.
 */
function nest(fields: Record<string, string>, roots: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const parts = key.split('.');
    if (!roots.includes(parts[0]!) || parts.length > 5) continue;
    if (!parts.every((part) => /^(\d{1,2}|[a-z][a-z0-9_]{0,40})$/.test(part))) continue;
    let node: Record<string, unknown> = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      const child: Record<string, unknown> =
        next && typeof next === 'object' ? (next as Record<string, unknown>) : {};
      node[part] = child;
      node = child;
    });
  }
  return out;
}

/** An object keyed `0`, `1`, … as a list, a missing index as an empty entry (the form's spare rows). */
const list = <T extends z.ZodType>(item: T) =>
  z
    .record(z.string().regex(/^\d{1,2}$/), item)
    .optional()
    .transform((entries) => {
      const indexes = Object.keys(entries ?? {}).map(Number);
      const length = indexes.length ? Math.max(...indexes) + 1 : 0;
      return Array.from({ length }, (_, i) => entries?.[String(i)]);
    });

const text = z.object({ en: z.string().optional(), fr: z.string().optional() }).optional();
const field = z.string().optional();

const ServiceTexts = z.partialRecord(z.enum(SERVICE_TEXT_FIELDS), text);

/** A text area of search terms, one a line (browsers send CR LF): each line keeps its number. */
const termLines = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(/\r\n|\r|\n/));
const termLists = z.object({ names: termLines, descriptions: termLines }).optional();

const ServiceFormShape = z.object({
  phones: list(z.object({ id: field, number: field, extension: field, description: text })),
  channels: list(z.object({ id: field, description: text, url: text, phone_number: field, email: field })),
  // Absent when the form has no search terms: the draft then keeps the published ones.
  search_terms: z.object({ en: termLists, fr: termLists }).optional(),
});

export type ServiceChannelForm = z.output<typeof ServiceFormShape>['channels'][number];

/**
 * The service form as the draft command takes it. `kept` gives a channel's values the form does not
 * show, so they keep the value they had.
 */
export function serviceFormInput(
  fields: Record<string, string>,
  kept: (id: string | undefined) => object | undefined,
): z.ZodSafeParseResult<ServiceDraftInput> {
  const roots = [...SERVICE_TEXT_FIELDS, 'phones', 'channels', 'search_terms'];
  return ServiceTexts.and(ServiceFormShape)
    .transform((form): ServiceDraftInput => ({
      ...form,
      phones: form.phones.map((phone) => phone ?? {}),
      channels: form.channels.map((channel) => ({
        ...kept(channel?.id),
        ...channel,
        id: channel?.id ?? '',
      })),
    }))
    .safeParse(nest(fields, roots));
}

const LocationForm = z
  .object({
    name: text,
    address: z
      .object({
        address_1: field,
        address_2: field,
        city: field,
        state_province: field,
        postal_code: field,
      })
      .optional(),
    hours: list(
      z.object({ closed: field, spans: list(z.object({ opens: field, closes: field })) }).optional(),
    ),
    languages: z.string().default(''),
  })
  .transform((form): LocationDraftInput => ({
    name: form.name,
    address: form.address,
    // Every weekday is sent: a day without spans has no opening hours.
    hours: WEEKDAYS.map((day, i) => ({
      day,
      closed: form.hours[i]?.closed === 'on',
      spans: (form.hours[i]?.spans ?? []).map((span) => span ?? {}),
    })),
    languages: form.languages.split(/[\s,;]+/).filter(Boolean),
  }));

export function locationFormInput(fields: Record<string, string>): z.ZodSafeParseResult<LocationDraftInput> {
  return LocationForm.safeParse(nest(fields, ['name', 'address', 'hours', 'languages']));
}
