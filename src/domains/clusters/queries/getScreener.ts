import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { ClusterNotFoundError } from '../errors.js';
import type { ClusterStatus, QuestionType, ScreenerQuestion } from '../schemas.js';
import type { PublishedCluster } from '../types.js';
import { findPublicCluster, localText } from './getClusterPage.js';

/** One screener question in one language. */
export interface ScreenerQuestionView {
  /** The answer's name: the form field's name and the rules' variable. */
  id: string;
  type: QuestionType;
  label: string;
  hint: string | null;
  required: boolean;
  /** A choice question's options, in order (empty for other types). */
  options: { value: string; label: string }[];
}

/** The questions that turn a cluster into a personal checklist. */
export interface ScreenerView {
  key: string;
  version: number;
  lang: Lang;
  title: string;
  status: ClusterStatus;
  pilotEndsOn: string | null;
  slug: { en: string; fr: string };
  /** Every question (an `ask_if` is applied when the answers are read). */
  questions: ScreenerQuestionView[];
}

export function questionView(question: ScreenerQuestion, lang: Lang): ScreenerQuestionView {
  return {
    id: question.id,
    type: question.type,
    label: localText(question.label, lang),
    hint: question.hint ? localText(question.hint, lang) : null,
    required: question.required,
    options: (question.options ?? []).map((option) => ({
      value: option.value,
      label: localText(option.label, lang),
    })),
  };
}

export function screenerOf(cluster: PublishedCluster, lang: Lang): ScreenerView {
  const d = cluster.definition;
  if (d.screener.length === 0) throw new ClusterNotFoundError(`${cluster.key}/screener`);
  return {
    key: cluster.key,
    version: cluster.version,
    lang,
    title: localText(d.title, lang),
    status: cluster.status,
    pilotEndsOn: cluster.pilot_ends_on,
    slug: { en: d.slug.en, fr: d.slug.fr },
    questions: d.screener.map((question) => questionView(question, lang)),
  };
}

/** A public cluster's screener; ClusterNotFoundError when the cluster has none. */
export async function getScreener(
  db: Db | Tx,
  query: { key?: string; slug?: string; lang: Lang },
): Promise<ScreenerView> {
  return screenerOf(await findPublicCluster(db, query), query.lang);
}
