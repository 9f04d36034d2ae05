import type { FieldProblem } from '../../../../platform/errors/index.js';
import type { Lang } from '../../../../platform/i18n/index.js';
import { FieldError } from '../../../../ui/components/FieldError/FieldError.js';

/**
 * What a form field needs of its problems: the attributes naming its hint and error
 * (`aria-describedby`, `aria-invalid`) and the error message to show above it.
 */
export function fieldHelpers(lang: Lang, problems: readonly FieldProblem[]) {
  const problem = (field: string) => problems.find((entry) => entry.path === field);
  return {
    problem,
    described(field: string, hint: boolean) {
      const ids = [hint ? `${field}-hint` : '', problem(field) ? `${field}-error` : '']
        .filter(Boolean)
        .join(' ');
      return {
        ...(ids ? { 'aria-describedby': ids } : {}),
        ...(problem(field) ? { 'aria-invalid': true as const } : {}),
      };
    },
    fieldError(field: string) {
      const found = problem(field);
      return found ? <FieldError lang={lang} id={`${field}-error`} message={found.message} /> : null;
    },
  };
}
