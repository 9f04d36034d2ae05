import type { ClusterChange, ClusterChangeKind } from '../../../../../domains/clusters/index.js';
import { t, type Lang, type LocalizedText, type MessageKey } from '../../../../../platform/i18n/index.js';
import { local } from '../../../views/text.js';
import { isLabelled } from '../../../../labels.js';

/** A change of each kind as a sentence, its details as placeholders. */
const CHANGE_TEXT = {
  title_changed: 'governance.diff.changes.title_changed',
  summary_changed: 'governance.diff.changes.summary_changed',
  slug_changed: 'governance.diff.changes.slug_changed',
  synonyms_changed: 'governance.diff.changes.synonyms_changed',
  lead_changed: 'governance.diff.changes.lead_changed',
  kind_changed: 'governance.diff.changes.kind_changed',
  stage_added: 'governance.diff.changes.stage_added',
  stage_removed: 'governance.diff.changes.stage_removed',
  stage_renamed: 'governance.diff.changes.stage_renamed',
  stage_summary_changed: 'governance.diff.changes.stage_summary_changed',
  stage_moved: 'governance.diff.changes.stage_moved',
  step_added: 'governance.diff.changes.step_added',
  step_removed: 'governance.diff.changes.step_removed',
  step_moved: 'governance.diff.changes.step_moved',
  step_reordered: 'governance.diff.changes.step_reordered',
  step_renamed: 'governance.diff.changes.step_renamed',
  step_summary_changed: 'governance.diff.changes.step_summary_changed',
  step_services_changed: 'governance.diff.changes.step_services_changed',
  step_responsible_changed: 'governance.diff.changes.step_responsible_changed',
  step_optional_changed: 'governance.diff.changes.step_optional_changed',
  step_alternative_changed: 'governance.diff.changes.step_alternative_changed',
  step_timing_changed: 'governance.diff.changes.step_timing_changed',
  step_applies_if_changed: 'governance.diff.changes.step_applies_if_changed',
  question_added: 'governance.diff.changes.question_added',
  question_removed: 'governance.diff.changes.question_removed',
  question_changed: 'governance.diff.changes.question_changed',
  question_moved: 'governance.diff.changes.question_moved',
} as const satisfies Record<ClusterChangeKind, MessageKey>;

const QUESTION_FIELD_TEXT = {
  type: 'governance.diff.fields.type',
  label: 'governance.diff.fields.label',
  hint: 'governance.diff.fields.hint',
  options: 'governance.diff.fields.options',
  min: 'governance.diff.fields.min',
  max: 'governance.diff.fields.max',
  required: 'governance.diff.fields.required',
  ask_if: 'governance.diff.fields.ask_if',
} as const satisfies Record<string, MessageKey>;

/** Names of organisations and services by id, in the page's language; an unknown id shows as itself. */
export interface ChangeNames {
  organization(id: string | null): string;
  service(id: string): string;
}

const quoted = (lang: Lang, value: LocalizedText | null) => (value ? local(value, lang) : '—');

/** One change as a sentence in the page's language. */
export function describeChange(lang: Lang, change: ClusterChange, names: ChangeNames): string {
  const say = (params: Record<string, unknown>) => t(lang, CHANGE_TEXT[change.kind], params);
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
        fields: change.fields
          .map((field) =>
            isLabelled(QUESTION_FIELD_TEXT, field) ? t(lang, QUESTION_FIELD_TEXT[field]) : field,
          )
          .join(', '),
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
