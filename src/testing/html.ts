import { renderToString } from 'preact-render-to-string';
import { examplesToShow } from '../ui/components/examplesToShow.js';
import type { ComponentExamples } from '../ui/components/examples.js';
import type { Lang } from '../platform/i18n/index.js';

/** Ids that more than one element of `html` carries: a label or an in-page link would reach the wrong one. */
export function duplicateIdsIn(html: string): string[] {
  const counts = new Map<string, number>();
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) counts.set(id!, (counts.get(id!) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
}

/** In-page links (`href="#…"`) of `html` that no element's id answers: a link that goes nowhere. */
export function inPageLinksWithoutTarget(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map(([, id]) => id));
  return [...html.matchAll(/\shref="#([^"]+)"/g)]
    .map(([, target]) => target!)
    .filter((target) => !ids.has(target));
}

/** Every example of a component rendered to HTML, by example name. */
export function renderExamples<Props>(
  set: ComponentExamples<Props>,
): Map<string, { html: string; lang: Lang; description: string }> {
  return new Map(
    examplesToShow(set).map((example) => [
      example.name,
      { html: renderToString(example.render()), lang: example.lang, description: example.description },
    ]),
  );
}

/**
 * What is wrong with a component's examples as a set: a name used twice, a language with no example, an
 * example whose HTML repeats an id.
 */
export function problemsWithExamples<Props>(set: ComponentExamples<Props>): string[] {
  const problems: string[] = [];
  const names = set.examples.map((example) => example.name);
  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index)))
    problems.push(`${set.name}: the example name "${name}" is used twice`);
  for (const lang of ['en', 'fr'] as const)
    if (!set.examples.some((example) => example.lang === lang))
      problems.push(`${set.name}: no example in ${lang}`);
  for (const [name, { html, description }] of renderExamples(set)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
      problems.push(`${set.name}/${name}: the name is not kebab-case`);
    if (!description.trim()) problems.push(`${set.name}/${name}: no description`);
    for (const id of duplicateIdsIn(html)) problems.push(`${set.name}/${name}: id "${id}" is repeated`);
  }
  return problems;
}
