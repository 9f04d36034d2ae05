/**
 * Small builders for the demo clusters: steps name services and partners by their demo slugs (turned
 * into the catalog's stable ids here), and the rules the clusters share are written once.
 */
import type { ClusterDefinitionInput } from '../../domains/clusters/schemas.js';
import { orgId, serviceId, t, type Text } from '../catalog/helpers.js';

export type StageInput = ClusterDefinitionInput['stages'][number];
export type StepInput = StageInput['steps'][number];
export type QuestionInput = NonNullable<ClusterDefinitionInput['screener']>[number];
export type Rule = Record<string, unknown>;

export interface StepSpec extends Omit<StepInput, 'service_ids' | 'responsible_organization_id'> {
  /** Demo service slugs, the first one being the step's main service. */
  services: string[];
  /** Demo organisation slug of the partner answerable, when it is not the first service's owner. */
  responsible?: string;
}

export function step({ services, responsible, ...rest }: StepSpec): StepInput {
  return {
    ...rest,
    service_ids: services.map(serviceId),
    ...(responsible ? { responsible_organization_id: orgId(responsible) } : {}),
  };
}

export function stage(key: string, title: Text, summary: Text, steps: StepInput[]): StageInput {
  return { key, title, summary, steps };
}

/** Words people use, with the typographic apostrophe like the rest of the text. */
export function words(list: string[]): string[] {
  return list.map((word) => word.replace(/'/g, '’'));
}

// ---------------------------------------------------------------------------------------------
// Rules over the screener answers (JSON Logic, standard operators only)

export const answer = (id: string) => ({ var: id });
export const is = (id: string, value: string | number | boolean): Rule => ({ '==': [answer(id), value] });
export const isNot = (id: string, value: string | number | boolean): Rule => ({ '!=': [answer(id), value] });
export const yes = (id: string): Rule => answer(id);
export const no = (id: string): Rule => ({ '!': answer(id) });
export const oneOf = (id: string, values: string[]): Rule => ({ in: [answer(id), values] });
export const atLeast = (id: string, value: number): Rule => ({ '>=': [answer(id), value] });
export const atMost = (id: string, value: number): Rule => ({ '<=': [answer(id), value] });
export const moreThan = (id: string, value: number): Rule => ({ '>': [answer(id), value] });
export const all = (...rules: Rule[]): Rule => ({ and: rules });
export const any = (...rules: Rule[]): Rule => ({ or: rules });

export const inOntario = is('province', 'on');
export const inNovaScotia = is('province', 'ns');
export const elsewhere = is('province', 'other');

// ---------------------------------------------------------------------------------------------
// Questions several clusters ask

/** Ontario, Nova Scotia or elsewhere: the two provinces of the demo partnership. */
export function provinceQuestion(label: Text, hint?: Text): QuestionInput {
  return {
    id: 'province',
    type: 'choice',
    label,
    ...(hint ? { hint } : {}),
    options: [
      { value: 'on', label: t('Ontario', 'Ontario') },
      { value: 'ns', label: t('Nova Scotia', 'Nouvelle-Écosse') },
      { value: 'other', label: t('Another province or territory', 'Une autre province ou un territoire') },
    ],
    required: true,
  };
}

export function yesNo(id: string, label: Text, extra: Partial<QuestionInput> = {}): QuestionInput {
  return { id, type: 'yes_no', label, ...extra };
}
