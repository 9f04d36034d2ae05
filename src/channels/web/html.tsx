import type { ComponentChildren } from 'preact';
import type { Lang } from '../../platform/i18n/index.js';
import { Layout, type LayoutProps } from '../../ui/components/Layout/Layout.js';
import { renderDocument } from '../../ui/render.js';
import { assetPath } from './assets.js';

/** What the site frame shows around a page besides its title. */
export interface PageFrame {
  /** The application's `demoData` (STITCH_DEMO_DATA): required, so no page forgets the banner's rule. */
  demo: boolean | undefined;
  /** Which main navigation entry is current. */
  current?: LayoutProps['current'];
}

/** A whole page in the site frame, as an HTML string. */
export function renderHtml(
  lang: Lang,
  title: string,
  alternatePath: string,
  body: ComponentChildren,
  frame: PageFrame,
): string {
  return renderDocument(
    <Layout
      lang={lang}
      title={title}
      alternatePath={alternatePath}
      current={frame.current}
      demo={frame.demo === true}
      stylesheet={assetPath('stitch.css')}
    >
      {body}
    </Layout>,
  );
}
