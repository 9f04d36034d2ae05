/**
 * The indicator pages' parameters, query strings and forms. Fields are kept as typed, to be shown again;
 * numbers are read the way people type them in either language, and the insights domain says what is
 * wrong with the rest (its field paths name the form's fields).
 */
import { z } from 'zod';
import { ClusterDefinitionSchema } from '../../../../../domains/clusters/index.js';
import {
  IndicatorKey,
  type IndicatorInput,
  type IndicatorValueInput,
} from '../../../../../domains/insights/index.js';

export const IndicatorParams = z.object({ key: ClusterDefinitionSchema.shape.key });

/**
 * A number as people type it: `14500`, `14 500`, `14,500`, `14 500,5`, `12,5`, `12.5`, `62,5 %`, `$1,200`.
 * A comma followed by groups of three digits separates thousands; otherwise it is the decimal comma.
 * Undefined when the field is empty, NaN when it is not a number, so the domain names the field.
 */
export function parseNumber(text: string): number | undefined {
  let value = text.replace(/[\s\u00a0\u202f$%]/g, '');
  if (value === '') return undefined;
  if (value.includes(',') && value.includes('.')) {
    // The later of the two separates the decimals: 1,234.5 or 1.234,5.
    value =
      value.lastIndexOf(',') > value.lastIndexOf('.')
        ? value.replace(/\./g, '').replace(',', '.')
        : value.replace(/,/g, '');
  } else if (/^-?\d{1,3}(,\d{3})+$/.test(value)) value = value.replace(/,/g, '');
  else value = value.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

const FIELD_MAX = 2000;
const field = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? value.trim().slice(0, FIELD_MAX) : ''));

const DEFINE_FIELDS = [
  'key',
  'name_en',
  'name_fr',
  'description_en',
  'description_fr',
  'unit',
  'direction',
  'baseline_value',
  'baseline_on',
  'target_value',
  'target_on',
] as const;
export type DefineForm = Record<(typeof DEFINE_FIELDS)[number], string>;
/** A form of text fields, each kept as typed (trimmed), an absent one as empty. */
const textForm = <K extends string>(names: readonly K[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, field])) as Record<K, typeof field>);

export const DefineForm = textForm(DEFINE_FIELDS);

const RECORD_FIELDS = ['indicator', 'measured_on', 'value', 'note_en', 'note_fr'] as const;
export type RecordForm = Record<(typeof RECORD_FIELDS)[number], string>;
export const RecordForm = textForm(RECORD_FIELDS);

export const emptyDefineForm = (): DefineForm =>
  Object.fromEntries(DEFINE_FIELDS.map((name) => [name, ''])) as DefineForm;
export const emptyRecordForm = (): RecordForm =>
  Object.fromEntries(RECORD_FIELDS.map((name) => [name, ''])) as RecordForm;

/** Both languages, or none when both are left empty (one alone is kept, for the domain to refuse). */
const bilingual = (en: string, fr: string) => (en || fr ? { en, fr } : null);

export function indicatorInput(cluster: string, form: DefineForm): IndicatorInput {
  return {
    cluster,
    key: form.key,
    name: { en: form.name_en, fr: form.name_fr },
    description: bilingual(form.description_en, form.description_fr),
    // Anything else is the domain's to refuse, with the field named.
    unit: form.unit as IndicatorInput['unit'],
    direction: form.direction as IndicatorInput['direction'],
    baseline_value: parseNumber(form.baseline_value) as number,
    baseline_on: form.baseline_on,
    target_value: parseNumber(form.target_value) as number,
    target_on: form.target_on,
  };
}

export function valueInput(cluster: string, form: RecordForm): IndicatorValueInput {
  return {
    cluster,
    key: form.indicator,
    measured_on: form.measured_on,
    value: parseNumber(form.value) as number,
    note: bilingual(form.note_en, form.note_fr),
  };
}

/** A domain field path as the form's field id: `name.en` is `name_en`; a value's `key` is its indicator. */
export function fieldOf(path: string, form: 'define' | 'record'): string {
  const id = path.replace('.', '_');
  return form === 'record' && id === 'key' ? 'indicator' : id;
}

/** `?edit=` names the indicator being edited; `?done=` what was just done. */
export const PageQuery = z.object({
  edit: IndicatorKey.optional().catch(undefined),
  done: z.string().max(40).optional().catch(undefined),
});

/** The confirmation step of a removal: an indicator, or one of its values when a day is named. */
export const RemoveFields = z.object({
  indicator: IndicatorKey,
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
