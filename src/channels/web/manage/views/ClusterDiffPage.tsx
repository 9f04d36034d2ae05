import type { ClusterChange } from '../../../../domains/clusters/index.js';
import { t, type Lang, type LocalizedText } from '../../../../platform/i18n/index.js';
import { local } from '../../views/text.js';

/** Names of organisations and services by id, in the page's language; an unknown id shows as itself. */
export interface ChangeNames {
  organization(id: string | null): string;
  service(id: string): string;
}

const quoted = (lang: Lang, value: LocalizedText | null) => (value ? local(value, lang) : '—');

/** One change as a sentence in the page's language. */
export function describeChange(lang: Lang, change: ClusterChange, names: ChangeNames): string {
  const say = (params: Record<string, unknown>) => t(lang, `governance.diff.changes.${change.kind}`, params);
  const list = (items: string[]) => (items.length ? items.join(', ') : t(lang, 'governance.diff.nothing'));
  const title = 'title' in change ? local(change.title, lang) : '';
  const stage = 'stage' in change && typeof change.stage === 'object' ? local(change.stage, lang) : '';
  switch (change.kind) {
    case 'title_changed':
    case 'stage_renamed':
    case 'step_renamed':
    case 'step_timing_changed':
      return say({ title, stage, from: quoted(lang, change.from), to: quoted(lang, change.to) });
    case 'summary_changed':
      return say({});
    case 'slug_changed':
      return say({ from: change.from[lang], to: change.to[lang] });
    case 'synonyms_changed': {
      const words = (items: string[]) => items.filter((w) => w.startsWith(`${lang}:`)).map((w) => w.slice(3));
      return say({ added: list(words(change.added)), removed: list(words(change.removed)) });
    }
    case 'lead_changed':
      return say({ from: names.organization(change.from), to: names.organization(change.to) });
    case 'kind_changed':
      return say({ from: change.from, to: change.to });
    case 'step_responsible_changed':
      return say({ title, from: names.organization(change.from), to: names.organization(change.to) });
    case 'step_moved':
      return say({ title, from: local(change.from_stage, lang), to: local(change.to_stage, lang) });
    case 'stage_moved':
    case 'step_reordered':
    case 'question_moved':
      return say({
        title,
        stage,
        label: 'label' in change ? local(change.label, lang) : '',
        from: change.from,
        to: change.to,
      });
    case 'step_services_changed':
      return say({
        title,
        added: list(change.added.map((id) => names.service(id))),
        removed: list(change.removed.map((id) => names.service(id))),
      });
    case 'step_optional_changed':
      return say({ title, to: t(lang, change.to ? 'governance.diff.yes' : 'governance.diff.no') });
    case 'step_alternative_changed':
      return say({
        title,
        from: change.from ?? t(lang, 'governance.diff.nothing'),
        to: change.to ?? t(lang, 'governance.diff.nothing'),
      });
    case 'question_added':
    case 'question_removed':
      return say({ label: local(change.label, lang) });
    case 'question_changed':
      return say({
        label: local(change.label, lang),
        fields: change.fields.map((field) => t(lang, `governance.diff.fields.${field}`)).join(', '),
      });
    default:
      return say({ title, stage });
  }
}

export function ClusterDiffPage(props: {
  lang: Lang;
  title: string;
  from: number;
  to: number | 'draft';
  changes: ClusterChange[];
  names: ChangeNames;
  backHref: string;
}) {
  const { lang, changes } = props;
  const to = props.to === 'draft' ? t(lang, 'governance.diff.toDraft') : props.to;
  return (
    <>
      <p>
        <a href={props.backHref}>{t(lang, 'governance.diff.back')}</a>
      </p>
      <h1>{t(lang, 'governance.diff.title', { cluster: props.title })}</h1>
      <h2 id="changes-heading">{t(lang, 'governance.diff.heading', { from: props.from, to })}</h2>
      {changes.length === 0 ? (
        <p>{t(lang, 'governance.diff.none')}</p>
      ) : (
        <>
          <p>
            {changes.length === 1
              ? t(lang, 'governance.diff.captionOne')
              : t(lang, 'governance.diff.caption', { count: changes.length })}
          </p>
          <ol class="diff-list" aria-labelledby="changes-heading">
            {changes.map((change, index) => (
              <li key={index} data-change={change.kind}>
                {describeChange(lang, change, props.names)}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
