import { Fragment, h, type VNode } from 'preact';
import type { Lang } from '../../platform/i18n/index.js';
import type { ComponentExamples } from './examples.js';

/** One example with its component bound to its props, whatever the props' type: what a page of examples lists. */
export interface ExampleToShow {
  /** The component's folder name; with the example's name, unique across every component. */
  component: string;
  name: string;
  description: string;
  lang: Lang;
  render(): VNode;
}

/** A component's examples, each ready to render, so components with different props can share one list. */
export function examplesToShow<Props>(set: ComponentExamples<Props>): ExampleToShow[] {
  return set.examples.map((example) => ({
    component: set.name,
    name: example.name,
    description: example.description,
    lang: example.lang,
    // A fragment around the element: its type then no longer depends on the component's props.
    render: () => h(Fragment, null, h(set.component, { ...example.props, key: example.name })),
  }));
}
