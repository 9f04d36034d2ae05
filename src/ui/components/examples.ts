import type { ComponentType } from 'preact';
import type { Lang } from '../../platform/i18n/index.js';

/** One named way of using a component: what it is for, in which language, with which props. */
export interface ComponentExample<Props> {
  /** kebab-case, unique within the component; used as the anchor on the examples page. */
  name: string;
  /** What this example shows, for the person reading the examples page. */
  description: string;
  lang: Lang;
  props: Props;
}

/**
 * A component's examples (its `examples.ts`): its test renders every one, the development examples page
 * shows every one and the browser sweep runs axe over them.
 */
export interface ComponentExamples<Props> {
  /** The component's folder name (PascalCase). */
  name: string;
  component: ComponentType<Props>;
  examples: readonly ComponentExample<Props>[];
}

/** Ties a component to its examples with the props type checked. */
export function defineExamples<Props>(examples: ComponentExamples<Props>): ComponentExamples<Props> {
  return examples;
}
