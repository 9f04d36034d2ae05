import { z } from 'zod';

export const LANGUAGES = ['en', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Client-facing text in both official languages. */
export interface LocalizedText {
  en: string;
  fr: string;
}

/** Both languages present and not blank; the message names the missing one. */
export const LocalizedTextSchema = z.object(
  {
    en: z.string({ error: 'English text is required' }).trim().min(1, 'English text is required'),
    fr: z
      .string({ error: 'French text is required (texte français requis)' })
      .trim()
      .min(1, 'French text is required (texte français requis)'),
  },
  { error: 'Text is required in English and French, as { "en": "…", "fr": "…" }' },
);

export const OptionalLocalizedTextSchema = LocalizedTextSchema.nullish();

export function pick(text: LocalizedText | null | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] || undefined;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}
