/**
 * A personal checklist: the cluster's stages with only the steps that apply to the screener answers.
 * A step whose rule reads a question the person left blank is kept and marked "may apply": leaving a
 * question blank must never hide a step someone needs. A question that was never asked (its `ask_if`
 * did not hold) is not blank: the answers already show it does not concern the person.
 */
import type { ClusterDefinition, ClusterStage, ClusterStep } from '../schemas.js';
import type { Answers } from './answers.js';
import { ruleHolds } from './jsonLogic.js';

export type StepFit = 'applies' | 'may_apply';

export interface ChecklistStep {
  step: ClusterStep;
  fit: StepFit;
}

export interface ChecklistStage {
  stage: ClusterStage;
  steps: ChecklistStep[];
}

export interface Checklist {
  stages: ChecklistStage[];
  /** Steps left out because the answers show they do not apply. */
  omitted: number;
}

/** The names a rule reads with `var` (the first segment of a dotted path). */
export function ruleVariables(rule: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) {
    for (const item of rule) ruleVariables(item, into);
  } else if (rule && typeof rule === 'object') {
    for (const [operator, argument] of Object.entries(rule)) {
      if (operator === 'var') {
        const name = Array.isArray(argument) ? argument[0] : argument;
        if (typeof name === 'string' && name) into.add(name.split('.')[0]!);
        else if (typeof name === 'number') into.add(String(name));
      }
      ruleVariables(argument, into);
    }
  }
  return into;
}

/** The questions the person was not asked, replaying `ask_if` in order over the answers. */
function notAsked(definition: ClusterDefinition, answers: Answers): Set<string> {
  const skipped = new Set<string>();
  const sofar: Answers = {};
  for (const question of definition.screener) {
    if (question.ask_if !== undefined && !ruleHolds(question.ask_if, sofar)) {
      skipped.add(question.id);
      continue;
    }
    if (question.id in answers) sofar[question.id] = answers[question.id]!;
  }
  return skipped;
}

function fitOf(step: ClusterStep, answers: Answers, skipped: Set<string>): StepFit | undefined {
  if (step.applies_if === undefined) return 'applies';
  const unanswered = [...ruleVariables(step.applies_if)].some(
    (name) => !(name in answers) && !skipped.has(name),
  );
  if (unanswered) return ruleHolds(step.applies_if, answers) ? 'applies' : 'may_apply';
  return ruleHolds(step.applies_if, answers) ? 'applies' : undefined;
}

export function buildChecklist(definition: ClusterDefinition, answers: Answers): Checklist {
  let omitted = 0;
  const skipped = notAsked(definition, answers);
  const stages: ChecklistStage[] = [];
  for (const stage of definition.stages) {
    const steps: ChecklistStep[] = [];
    for (const step of stage.steps) {
      const fit = fitOf(step, answers, skipped);
      if (fit) steps.push({ step, fit });
      else omitted += 1;
    }
    if (steps.length) stages.push({ stage, steps });
  }
  return { stages, omitted };
}
