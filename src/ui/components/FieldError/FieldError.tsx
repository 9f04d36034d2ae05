import { t, type Lang } from '../../../platform/i18n/index.js';

export interface FieldErrorProps {
  lang: Lang;
  /** The message's id: the field names it in `aria-describedby`. */
  id: string;
  message: string;
}

/** A field's problem, next to it; the hidden prefix tells a screen reader the sentence is an error. */
export function FieldError({ lang, id, message }: FieldErrorProps) {
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{t(lang, 'common.errorPrefix')} </span>
      {message}
    </p>
  );
}
