import type { Db } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import type { Answer } from '../screener/answers.js';
import { openChecklistLink, type ChecklistLink } from '../screener/links.js';
import { getClusterVersion } from './listClusterVersions.js';
import { findPublicCluster, clusterPageOf, localText, type ClusterPageView } from './getClusterPage.js';

/** One answer the person gave, as they would read it back. */
export interface GivenAnswerView {
  question: string;
  label: string;
  /** A yes or no, for the channel to say in its words; any other answer as text. */
  answer: { kind: 'yes_no'; value: boolean } | { kind: 'text'; text: string };
}

/** A personal checklist: the cluster's steps that apply to the answers, and the answers themselves. */
export interface ChecklistView extends ClusterPageView {
  /** The sealed answers, the checklist's own address. */
  token: string;
  answers: GivenAnswerView[];
}

const TOKEN = /^[A-Za-z0-9_-]{40,4000}$/;

/** Opens a checklist link made for this cluster; anything else is "not found". */
export async function openLinkOf(db: Db, key: string, token: string): Promise<ChecklistLink> {
  const notFound = new NotFoundError('checklist', token.slice(0, 16));
  if (!TOKEN.test(token)) throw notFound;
  // A token that cannot be opened, however it fails, is simply not a checklist.
  const link = await openChecklistLink(db, token).catch(() => undefined);
  if (!link || link.key !== key) throw notFound;
  return link;
}

function given(answer: Answer, options: { value: string; label: string }[]): GivenAnswerView['answer'] {
  if (typeof answer === 'boolean') return { kind: 'yes_no', value: answer };
  const option = options.find((o) => o.value === answer);
  return { kind: 'text', text: option ? option.label : String(answer) };
}

/**
 * The personal checklist a sealed link holds, built on the version the person answered so a later edit
 * does not move their steps. A link altered, made elsewhere or for another cluster is "not found".
 */
export async function getChecklist(
  db: Db,
  query: { key?: string; slug?: string; lang: Lang; token: string; now: Date },
): Promise<ChecklistView> {
  const cluster = await findPublicCluster(db, query);
  const link = await openLinkOf(db, cluster.key, query.token);
  const definition =
    link.version === cluster.version
      ? cluster.definition
      : await getClusterVersion(db, cluster.key, link.version);
  const page = await clusterPageOf(
    db,
    { ...cluster, version: link.version, definition },
    query.lang,
    query.now,
    link.answers,
  );
  const answers = definition.screener
    .filter((question) => question.id in link.answers)
    .map((question) => ({
      question: question.id,
      label: localText(question.label, query.lang),
      answer: given(
        link.answers[question.id]!,
        question.type === 'choice'
          ? (question.options ?? []).map((o) => ({ value: o.value, label: localText(o.label, query.lang) }))
          : [],
      ),
    }));
  const slug = { en: cluster.definition.slug.en, fr: cluster.definition.slug.fr };
  return { ...page, slug, token: query.token, answers };
}
