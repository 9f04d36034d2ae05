/**
 * A cluster definition: what a cluster manager writes and what every channel renders.
 * A published version is this object frozen (see README.md); drafts are checked with the same schema.
 */
import { z } from 'zod';
import { LocalizedTextSchema, t } from '../../platform/i18n/index.js';
import { isJsonLogicRule } from './screener/jsonLogic.js';

export const CLUSTER_KINDS = ['life-event', 'business-event', 'client-group'] as const;
export const CLUSTER_STATUSES = ['draft', 'pilot', 'production', 'retired'] as const;
export const QUESTION_TYPES = ['yes_no', 'choice', 'number', 'date', 'postal_code'] as const;

const Key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case English words joined by hyphens (kebab-case)')
  .max(80);
/** Slugs may carry French letters without accents only, so URLs stay plain ASCII. */
const Slug = Key;
const Id = z.uuid({ error: 'Must be a UUID' });
const Text = LocalizedTextSchema;

/** A problem for whoever writes definitions, in English then French: the schema does not know their language. */
const inBothLanguages = (say: (lang: 'en' | 'fr') => string) => `${say('en')} / ${say('fr')}`;

/** A JSON Logic rule over the screener answers, e.g. `{"==": [{"var": "province"}, "ns"]}`. */
export const RuleSchema = z.unknown().refine(isJsonLogicRule, 'Must be a JSON Logic rule');

const Terms = z.array(z.string().trim().min(1).max(120)).max(200).default([]);

export const ChoiceOptionSchema = z.object({ value: Key, label: Text });

export const QuestionSchema = z
  .object({
    /** The answer's name in rules: `{"var": "<id>"}`. */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Lower-case letters, digits and underscores'),
    type: z.enum(QUESTION_TYPES),
    label: Text,
    hint: Text.optional(),
    options: z.array(ChoiceOptionSchema).min(2).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    required: z.boolean().default(false),
    /** Asked only when this rule holds over the answers so far. */
    ask_if: RuleSchema.optional(),
  })
  .superRefine((question, context) => {
    if (question.type === 'choice' && !question.options) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'A choice question needs options' });
    }
    if (question.type !== 'choice' && question.options) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'Only choice questions have options' });
    }
  });

export const StepSchema = z.object({
  key: Key,
  title: Text,
  /** What the step is, in plain words. */
  summary: Text,
  /** The services that carry the step out; they may belong to any partner. */
  service_ids: z.array(Id).min(1, 'A step points to at least one service'),
  /** The partner answerable for the step; defaults to the owner of the first service. */
  responsible_organization_id: Id.optional(),
  optional: z.boolean().default(false),
  /** Steps with the same group are alternatives: do one, the other, or both ("and/or"). */
  alternative_group: Key.optional(),
  /** The step is in a personal checklist only when this rule holds over the screener answers. */
  applies_if: RuleSchema.optional(),
  /** When it should be done, in words ("Within 30 days of the birth"). */
  timing: Text.optional(),
});

export const StageSchema = z.object({
  key: Key,
  title: Text,
  summary: Text.optional(),
  steps: z.array(StepSchema).min(1, 'A stage has at least one step'),
});

export const ClusterDefinitionSchema = z
  .object({
    key: Key,
    kind: z.enum(CLUSTER_KINDS),
    title: Text,
    summary: Text,
    slug: z.object({ en: Slug, fr: Slug }),
    /** Words people use for this situation; search reads them (data, not code). */
    synonyms: z.object({ en: Terms, fr: Terms }).default({ en: [], fr: [] }),
    /** The partner that leads the cluster (its brand comes first). */
    lead_organization_id: Id,
    stages: z.array(StageSchema).min(1, 'A cluster has at least one stage'),
    screener: z.array(QuestionSchema).default([]),
  })
  .superRefine((cluster, context) => {
    // A stage is known by its key (the page's `stage-<key>` anchor, diffs between versions): one each.
    const stageKeys = new Set<string>();
    cluster.stages.forEach((stage, s) => {
      if (stageKeys.has(stage.key)) {
        context.addIssue({
          code: 'custom',
          path: ['stages', s, 'key'],
          message: inBothLanguages((lang) =>
            t(lang, 'clusters.definitionProblems.stageKeyTwice', { key: stage.key }),
          ),
        });
      }
      stageKeys.add(stage.key);
    });
    const stepKeys = new Set<string>();
    cluster.stages.forEach((stage, s) =>
      stage.steps.forEach((step, i) => {
        if (stepKeys.has(step.key)) {
          context.addIssue({
            code: 'custom',
            path: ['stages', s, 'steps', i, 'key'],
            message: inBothLanguages((lang) =>
              t(lang, 'clusters.definitionProblems.stepKeyTwice', { key: step.key }),
            ),
          });
        }
        stepKeys.add(step.key);
      }),
    );
    const questionIds = new Set<string>();
    cluster.screener.forEach((question, q) => {
      if (questionIds.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['screener', q, 'id'],
          message: inBothLanguages((lang) =>
            t(lang, 'clusters.definitionProblems.questionIdTwice', { id: question.id }),
          ),
        });
      }
      questionIds.add(question.id);
    });
  });

export type ClusterDefinitionInput = z.input<typeof ClusterDefinitionSchema>;
export type ClusterDefinition = z.output<typeof ClusterDefinitionSchema>;
export type ClusterStage = z.output<typeof StageSchema>;
export type ClusterStep = z.output<typeof StepSchema>;
export type ScreenerQuestion = z.output<typeof QuestionSchema>;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Lifecycle settings that live beside the versions, not inside them. */
export const ClusterLifecycleSchema = z
  .object({
    status: z.enum(CLUSTER_STATUSES),
    pilot_starts_on: z.iso.date().nullish(),
    pilot_ends_on: z.iso.date().nullish(),
  })
  .refine(
    (value) => value.status !== 'pilot' || (value.pilot_starts_on && value.pilot_ends_on),
    'A pilot needs a start and an end date',
  )
  .refine(
    (value) => !value.pilot_starts_on || !value.pilot_ends_on || value.pilot_starts_on <= value.pilot_ends_on,
    'The pilot ends after it starts',
  );
export type ClusterLifecycle = z.output<typeof ClusterLifecycleSchema>;
