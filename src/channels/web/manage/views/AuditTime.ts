import { AUDIT_TIME_ZONE } from '../../../../platform/audit/index.js';
import type { Lang } from '../../../../platform/i18n/index.js';

/** An instant as people in Toronto read it: `Mar. 2, 2026, 10:00 a.m.` or `2 mars 2026, 10 h 00`. */
export function formatInstant(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: AUDIT_TIME_ZONE,
  }).format(at);
}

/** Today's date (YYYY-MM-DD) in Toronto. */
export function todayInToronto(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AUDIT_TIME_ZONE }).format(now);
}
