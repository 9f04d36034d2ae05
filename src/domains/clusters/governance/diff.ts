/**
 * The readable difference between two cluster definitions: a list of changes a person can check
 * ("step Register moved from Before the birth to After the birth"), not a JSON patch. Change approval
 * reads the same list to find the partners a change touches, so what a partner is asked to approve is
 * exactly what the diff page shows them.
 */
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { canonicalJson } from '../../../platform/audit/index.js';
import type { ClusterDefinition, ClusterStage, ClusterStep, ScreenerQuestion } from '../schemas.js';

interface StepRef {
  /** The step's key, the same in both versions. */
  step: string;
  title: LocalizedText;
  stage: LocalizedText;
}

export type ClusterChange =
  | { kind: 'title_changed'; from: LocalizedText; to: LocalizedText }
  | { kind: 'summary_changed'; from: LocalizedText; to: LocalizedText }
  | { kind: 'slug_changed'; from: { en: string; fr: string }; to: { en: string; fr: string } }
  | { kind: 'synonyms_changed'; added: string[]; removed: string[] }
  | { kind: 'lead_changed'; from: string; to: string }
  | { kind: 'kind_changed'; from: string; to: string }
  | { kind: 'stage_added'; stage: string; title: LocalizedText }
  | { kind: 'stage_removed'; stage: string; title: LocalizedText }
  | { kind: 'stage_renamed'; stage: string; from: LocalizedText; to: LocalizedText }
  | { kind: 'stage_summary_changed'; stage: string; title: LocalizedText }
  | { kind: 'stage_moved'; stage: string; title: LocalizedText; from: number; to: number }
  | ({ kind: 'step_added' } & StepRef)
  | ({ kind: 'step_removed' } & StepRef)
  | ({ kind: 'step_moved'; from_stage: LocalizedText; to_stage: LocalizedText } & StepRef)
  | ({ kind: 'step_reordered'; from: number; to: number } & StepRef)
  | ({ kind: 'step_renamed'; from: LocalizedText; to: LocalizedText } & StepRef)
  | ({ kind: 'step_summary_changed' } & StepRef)
  | ({ kind: 'step_services_changed'; added: string[]; removed: string[] } & StepRef)
  | ({ kind: 'step_responsible_changed'; from: string | null; to: string | null } & StepRef)
  | ({ kind: 'step_optional_changed'; to: boolean } & StepRef)
  | ({ kind: 'step_alternative_changed'; from: string | null; to: string | null } & StepRef)
  | ({ kind: 'step_timing_changed'; from: LocalizedText | null; to: LocalizedText | null } & StepRef)
  | ({ kind: 'step_applies_if_changed'; from: unknown; to: unknown } & StepRef)
  | { kind: 'question_added'; question: string; label: LocalizedText }
  | { kind: 'question_removed'; question: string; label: LocalizedText }
  | { kind: 'question_changed'; question: string; label: LocalizedText; fields: string[] }
  | { kind: 'question_moved'; question: string; label: LocalizedText; from: number; to: number };

export type ClusterChangeKind = ClusterChange['kind'];

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Keys present in both lists whose relative order changed: those outside a longest common
 * subsequence. Inserting one item does not make every later one "moved".
 */
function outOfOrder(before: string[], after: string[]): Set<string> {
  const common = new Set(after.filter((key) => before.includes(key)));
  const a = before.filter((key) => common.has(key));
  const b = after.filter((key) => common.has(key));
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return new Set([...common].filter((key) => !kept.has(key)));
}

interface PlacedStep {
  step: ClusterStep;
  stage: ClusterStage;
}

function placeSteps(definition: ClusterDefinition): Map<string, PlacedStep> {
  return new Map(
    definition.stages.flatMap((stage) => stage.steps.map((step) => [step.key, { step, stage }] as const)),
  );
}

function diffStages(before: ClusterDefinition, after: ClusterDefinition, out: ClusterChange[]): void {
  const old = new Map(before.stages.map((stage) => [stage.key, stage]));
  const now = new Map(after.stages.map((stage) => [stage.key, stage]));
  for (const stage of after.stages)
    if (!old.has(stage.key)) out.push({ kind: 'stage_added', stage: stage.key, title: stage.title });
  for (const stage of before.stages)
    if (!now.has(stage.key)) out.push({ kind: 'stage_removed', stage: stage.key, title: stage.title });
  const moved = outOfOrder(
    before.stages.map((s) => s.key),
    after.stages.map((s) => s.key),
  );
  after.stages.forEach((stage, position) => {
    const was = old.get(stage.key);
    if (!was) return;
    if (!same(was.title, stage.title))
      out.push({ kind: 'stage_renamed', stage: stage.key, from: was.title, to: stage.title });
    if (!same(was.summary, stage.summary))
      out.push({ kind: 'stage_summary_changed', stage: stage.key, title: stage.title });
    if (moved.has(stage.key)) {
      const from = before.stages.findIndex((s) => s.key === stage.key) + 1;
      out.push({ kind: 'stage_moved', stage: stage.key, title: stage.title, from, to: position + 1 });
    }
  });
}

function diffSteps(before: ClusterDefinition, after: ClusterDefinition, out: ClusterChange[]): void {
  const old = placeSteps(before);
  const now = placeSteps(after);
  const ref = ({ step, stage }: PlacedStep): StepRef => ({
    step: step.key,
    title: step.title,
    stage: stage.title,
  });
  for (const placed of now.values())
    if (!old.has(placed.step.key)) out.push({ kind: 'step_added', ...ref(placed) });
  for (const placed of old.values())
    if (!now.has(placed.step.key)) out.push({ kind: 'step_removed', ...ref(placed) });

  // Order within a stage is compared among the steps that stayed in that stage.
  const reordered = new Set<string>();
  for (const stage of after.stages) {
    const was = before.stages.find((s) => s.key === stage.key);
    if (!was) continue;
    const stayed = (list: ClusterStep[]) =>
      list
        .map((s) => s.key)
        .filter((key) => old.get(key)?.stage.key === stage.key && now.get(key)?.stage.key === stage.key);
    for (const key of outOfOrder(stayed(was.steps), stayed(stage.steps))) reordered.add(key);
  }

  for (const placed of now.values()) {
    const was = old.get(placed.step.key);
    if (!was) continue;
    const { step } = placed;
    const base = ref(placed);
    if (was.stage.key !== placed.stage.key) {
      out.push({ kind: 'step_moved', ...base, from_stage: was.stage.title, to_stage: placed.stage.title });
    } else if (reordered.has(step.key)) {
      const position = (stage: ClusterStage) => stage.steps.findIndex((s) => s.key === step.key) + 1;
      out.push({ kind: 'step_reordered', ...base, from: position(was.stage), to: position(placed.stage) });
    }
    if (!same(was.step.title, step.title))
      out.push({ kind: 'step_renamed', ...base, from: was.step.title, to: step.title });
    if (!same(was.step.summary, step.summary)) out.push({ kind: 'step_summary_changed', ...base });
    const added = step.service_ids.filter((id) => !was.step.service_ids.includes(id));
    const removed = was.step.service_ids.filter((id) => !step.service_ids.includes(id));
    if (added.length || removed.length) out.push({ kind: 'step_services_changed', ...base, added, removed });
    if ((was.step.responsible_organization_id ?? null) !== (step.responsible_organization_id ?? null)) {
      out.push({
        kind: 'step_responsible_changed',
        ...base,
        from: was.step.responsible_organization_id ?? null,
        to: step.responsible_organization_id ?? null,
      });
    }
    if (was.step.optional !== step.optional)
      out.push({ kind: 'step_optional_changed', ...base, to: step.optional });
    if ((was.step.alternative_group ?? null) !== (step.alternative_group ?? null)) {
      out.push({
        kind: 'step_alternative_changed',
        ...base,
        from: was.step.alternative_group ?? null,
        to: step.alternative_group ?? null,
      });
    }
    if (!same(was.step.timing, step.timing)) {
      out.push({
        kind: 'step_timing_changed',
        ...base,
        from: was.step.timing ?? null,
        to: step.timing ?? null,
      });
    }
    if (!same(was.step.applies_if, step.applies_if)) {
      out.push({
        kind: 'step_applies_if_changed',
        ...base,
        from: was.step.applies_if ?? null,
        to: step.applies_if ?? null,
      });
    }
  }
}

const QUESTION_FIELDS = ['type', 'label', 'hint', 'options', 'min', 'max', 'required', 'ask_if'] as const;

function diffScreener(before: ClusterDefinition, after: ClusterDefinition, out: ClusterChange[]): void {
  const old = new Map(before.screener.map((q) => [q.id, q]));
  const now = new Map(after.screener.map((q) => [q.id, q]));
  for (const q of after.screener)
    if (!old.has(q.id)) out.push({ kind: 'question_added', question: q.id, label: q.label });
  for (const q of before.screener)
    if (!now.has(q.id)) out.push({ kind: 'question_removed', question: q.id, label: q.label });
  const moved = outOfOrder(
    before.screener.map((q) => q.id),
    after.screener.map((q) => q.id),
  );
  after.screener.forEach((q: ScreenerQuestion, position) => {
    const was = old.get(q.id);
    if (!was) return;
    const fields = QUESTION_FIELDS.filter((field) => !same(was[field], q[field]));
    if (fields.length)
      out.push({ kind: 'question_changed', question: q.id, label: q.label, fields: [...fields] });
    if (moved.has(q.id)) {
      const from = before.screener.findIndex((x) => x.id === q.id) + 1;
      out.push({ kind: 'question_moved', question: q.id, label: q.label, from, to: position + 1 });
    }
  });
}

/** What changed from `before` to `after`: cluster texts first, then stages, steps and the screener. */
export function diffDefinitions(before: ClusterDefinition, after: ClusterDefinition): ClusterChange[] {
  const out: ClusterChange[] = [];
  if (!same(before.title, after.title))
    out.push({ kind: 'title_changed', from: before.title, to: after.title });
  if (!same(before.summary, after.summary))
    out.push({ kind: 'summary_changed', from: before.summary, to: after.summary });
  if (!same(before.slug, after.slug)) out.push({ kind: 'slug_changed', from: before.slug, to: after.slug });
  const words = (d: ClusterDefinition) => [
    ...d.synonyms.en.map((w) => `en:${w}`),
    ...d.synonyms.fr.map((w) => `fr:${w}`),
  ];
  const addedWords = words(after).filter((w) => !words(before).includes(w));
  const removedWords = words(before).filter((w) => !words(after).includes(w));
  if (addedWords.length || removedWords.length)
    out.push({ kind: 'synonyms_changed', added: addedWords, removed: removedWords });
  if (before.kind !== after.kind) out.push({ kind: 'kind_changed', from: before.kind, to: after.kind });
  if (before.lead_organization_id !== after.lead_organization_id)
    out.push({ kind: 'lead_changed', from: before.lead_organization_id, to: after.lead_organization_id });
  diffStages(before, after, out);
  diffSteps(before, after, out);
  diffScreener(before, after, out);
  return out;
}
