import type { ComponentChildren } from 'preact';
import type { Lang } from '../../platform/i18n/index.js';
import { Layout, type LayoutProps } from '../../ui/Layout.js';
import { renderDocument } from '../../ui/render.js';

/** A whole page in the site frame, as an HTML string. */
export function renderHtml(
  lang: Lang,
  title: string,
  alternatePath: string,
  body: ComponentChildren,
  current?: LayoutProps['current'],
): string {
  return renderDocument(
    <Layout lang={lang} title={title} alternatePath={alternatePath} current={current}>
      {body}
    </Layout>,
  );
}
