import type { Lang } from '../../platform/i18n/index.js';

/** What stands where personal data was, in the comment's language. */
export const REDACTED: Record<Lang, string> = { en: '[removed]', fr: '[retiré]' };

/** Both cases of a word, so a pattern can stay case-sensitive elsewhere (see STREET_EN). */
const anyCase = (words: readonly string[]) =>
  words.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');

/** A street type, whole or abbreviated; only an abbreviation takes the full stop after it. */
const streetType = (words: readonly string[], abbreviations: readonly string[]) =>
  String.raw`(?:(?:${anyCase(words)})|(?:${anyCase(abbreviations)})(?![\p{L}\p{N}])\.?)(?![\p{L}\p{N}])`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// Canada Post never uses D, F, I, O, Q or U, nor W or Z as a first letter: fewer words mistaken for codes.
const POSTAL_CODE =
  /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][ -]?\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]\d(?![\p{L}\p{N}])/gu;

const EXTENSION = String.raw`(?:\s*,?\s*(?:ext\.?|extension|x|poste|p\.)\s*#?\s*\d{1,6})?`;
/** North American numbers: +1 or 1, the area code bare or in parentheses, dots, dashes or spaces; an extension. */
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\d)` +
    EXTENSION,
  'giu',
);
/** A local number without its area code takes a dash or a dot, so "200 2024" is not one. */
const LOCAL_PHONE = new RegExp(String.raw`(?<![\p{N}])\d{3}[.-]\d{4}(?!\d)` + EXTENSION, 'giu');

/** Social Insurance Numbers: nine digits, grouped 3-3-3 the same way throughout, or not at all. */
const SIN = /(?<!\d)\d{3}([ -]?)\d{3}\1\d{3}(?!\d)/g;

/** A civic number, with a unit before it (12-345) or a letter after it (123A). */
const CIVIC = String.raw`(?<![\p{L}\p{N}])(?:\d{1,5}-)?\d{1,6}[A-Za-z]?(?![\p{L}\p{N}])`;
const UNIT = String.raw`(?:,?\s*(?:${anyCase(['apt', 'apartment', 'unit', 'suite', 'app', 'appartement', 'bureau'])})\.?\s*#?\s*\d+[A-Za-z]?)?`;
const DIRECTION = String.raw`(?:\s+(?:North|South|East|West|Nord|Sud|Est|Ouest|NE|NW|SE|SW|N|S|E|W|O)\b\.?)?`;
// A name word never takes a full stop in French, so "rue Saint-Denis. The staff…" stops at the sentence's end.
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]*`;

/**
 * "123 Main Street", "12-45 King St. W". The words between number and street type must be capitalised
 * (or one lowercase word), so a sentence such as "3 weeks at the Main Street office" keeps its "3 weeks".
 */
const STREET_EN = new RegExp(
  String.raw`${CIVIC},?\s+(?:(?:${NAME_WORD}\.?|\d+(?:st|nd|rd|th))\s+){1,4}` +
    streetType(
      [
        'street',
        'avenue',
        'road',
        'boulevard',
        'drive',
        'lane',
        'court',
        'crescent',
        'way',
        'place',
        'terrace',
        'highway',
        'parkway',
        'circle',
        'trail',
        'square',
      ],
      ['st', 'ave', 'rd', 'blvd', 'dr', 'ln', 'ct', 'cres', 'pl', 'hwy', 'pkwy', 'sq'],
    ) +
    DIRECTION +
    UNIT +
    '|' +
    String.raw`${CIVIC},?\s+\p{Ll}+\s+(?:street|avenue|road|drive|lane|crescent)(?![\p{L}\p{N}])` +
    UNIT,
  'gu',
);

/** "45, rue Saint-Denis", "1000 boul. René-Lévesque Ouest", "12 chemin de la Côte-des-Neiges". */
const STREET_FR = new RegExp(
  String.raw`${CIVIC},?\s+` +
    streetType(
      [
        'rue',
        'avenue',
        'boulevard',
        'chemin',
        'route',
        'place',
        'rang',
        'montée',
        'côte',
        'allée',
        'impasse',
        'promenade',
        'croissant',
        'terrasse',
        'ruelle',
        'autoroute',
      ],
      ['av', 'boul', 'bd', 'ch', 'rte'],
    ) +
    String.raw`\s+` +
    String.raw`(?:(?:(?:de|du|des|la|le|les)\s+|[dlDL][’'])*(?:${NAME_WORD}|\d+(?:e|re|er)?)(?:[\s-]+(?:(?:de|du|des|la|le|les)\s+|[dlDL][’'])*${NAME_WORD})*|\p{Ll}+)` +
    DIRECTION +
    UNIT,
  'gu',
);

/**
 * Runs of digits that look like card or account numbers: 7 digits or more together, or at least three
 * groups of 3 to 6 digits with 12 or more in all ("4111 1111 1111 1111"). Years, "2023-2024", amounts
 * such as "1 250" and dates such as "2024-03-15" stay.
 */
const DIGIT_RUN = /(?<!\d)\d+(?:[ -]\d+)*(?!\d)/g;

function looksLikeAccount(run: string): boolean {
  const groups = run.split(/[ -]/);
  if (groups.some((group) => group.length >= 7)) return true;
  const digits = groups.join('').length;
  return (
    groups.length >= 3 && digits >= 12 && groups.every((group) => group.length >= 3 && group.length <= 6)
  );
}

/**
 * A free-text answer with what could identify a person replaced by a marker: e-mail addresses, postal
 * codes, street addresses, telephone numbers, Social Insurance Numbers and card or account numbers.
 * Measurement keeps opinions, never who gave them. Dates and small numbers ("3 weeks", "2024") stay.
 */
export function redactPersonalData(text: string, lang: Lang): string {
  const marker = REDACTED[lang];
  return text
    .replace(EMAIL, marker)
    .replace(POSTAL_CODE, marker)
    .replace(STREET_FR, marker)
    .replace(STREET_EN, marker)
    .replace(PHONE, marker)
    .replace(LOCAL_PHONE, marker)
    .replace(SIN, marker)
    .replace(DIGIT_RUN, (run) => (looksLikeAccount(run) ? marker : run));
}
