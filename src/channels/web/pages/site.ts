/** What the portal's need pages share: the HTML type, the other language, the site's origin and a cluster's links. */
import type { Lang } from '../../../platform/i18n/index.js';
import type { ClusterPaths } from '../../../ui/components/ClusterPage/ClusterPage.js';
import { checklistPath, officesPath, organizationPath, servicePath } from '../../http/paths.js';

export const HTML = 'text/html; charset=utf-8';

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** Where a cluster page's links lead on the web portal. */
export function clusterLinks(lang: Lang, slug: string): ClusterPaths {
  return {
    home: `/${lang}`,
    checklist: checklistPath(lang, slug),
    offices: officesPath(lang),
    service: (id) => servicePath(lang, id),
    organization: (id) => organizationPath(lang, id),
  };
}
