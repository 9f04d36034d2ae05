import { describe, expect, it } from 'vitest';
import { stableId } from '../../../platform/ids/index.js';
import { text } from '../../../testing/factories.js';
import { ClusterDefinitionSchema, type ClusterDefinition, type ClusterDefinitionInput } from '../schemas.js';
import { requiredApprovals, touchedScope } from './approvers.js';
import { diffDefinitions } from './diff.js';

const org = (name: string) => stableId(`diff:org:${name}`);
const svc = (name: string) => stableId(`diff:svc:${name}`);
const owners = new Map([
  [svc('a'), org('a')],
  [svc('a2'), org('a')],
  [svc('b'), org('b')],
  [svc('c'), org('c')],
]);

const step = (key: string, services: string[], extra: Record<string, unknown> = {}) => ({
  key,
  title: text(`Step ${key}`, `Étape ${key}`),
  summary: text('s', 's'),
  service_ids: services.map(svc),
  ...extra,
});

function base(): ClusterDefinitionInput {
  return {
    key: 'diffing',
    kind: 'life-event',
    title: text('Moving', 'Déménager'),
    summary: text('s', 's'),
    slug: { en: 'moving', fr: 'demenager' },
    lead_organization_id: org('a'),
    screener: [
      { id: 'province', type: 'yes_no', label: text('In Ontario?', 'En Ontario?') },
      { id: 'renting', type: 'yes_no', label: text('Renting?', 'Locataire?') },
    ],
    stages: [
      {
        key: 'before',
        title: text('Before', 'Avant'),
        steps: [
          step('mail', ['a']),
          step('address', ['b']),
          step('health', ['c'], { applies_if: { var: 'province' } }),
        ],
      },
      { key: 'after', title: text('After', 'Après'), steps: [step('city', ['c'])] },
    ],
  };
}

const parse = (input: ClusterDefinitionInput): ClusterDefinition => ClusterDefinitionSchema.parse(input);
function changed(edit: (d: ClusterDefinitionInput) => void): ClusterDefinition {
  const copy = structuredClone(base());
  edit(copy);
  return parse(copy);
}

describe('diffDefinitions', () => {
  it('finds nothing between a definition and itself', () => {
    expect(diffDefinitions(parse(base()), parse(base()))).toEqual([]);
  });

  it('names title, stage and step changes in readable terms', () => {
    const after = changed((d) => {
      d.title = text('Moving house', 'Déménager');
      d.stages[0]!.title = text('Before the move', 'Avant le déménagement');
      const [mail, address, health] = d.stages[0]!.steps;
      d.stages[0]!.steps = [address!, mail!];
      d.stages[1]!.steps.push(health!);
      d.stages[1]!.steps[0]!.service_ids.push(svc('b'));
      d.stages[1]!.steps.push(step('vote', ['a2'], { optional: true }));
      mail!.optional = true;
      mail!.timing = text('Two weeks before', 'Deux semaines avant');
      address!.alternative_group = 'tell';
      d.stages.push({ key: 'later', title: text('Later', 'Plus tard'), steps: [step('late', ['a'])] });
    });
    const changes = diffDefinitions(parse(base()), after);
    expect(changes.map((c) => [c.kind, 'step' in c ? c.step : 'stage' in c ? c.stage : ''])).toEqual([
      ['title_changed', ''],
      ['stage_added', 'later'],
      ['stage_renamed', 'before'],
      ['step_added', 'vote'],
      ['step_added', 'late'],
      ['step_alternative_changed', 'address'],
      ['step_reordered', 'mail'],
      ['step_optional_changed', 'mail'],
      ['step_timing_changed', 'mail'],
      ['step_services_changed', 'city'],
      ['step_moved', 'health'],
    ]);
    expect(changes.find((c) => c.kind === 'step_moved')).toMatchObject({
      from_stage: { en: 'Before' },
      to_stage: { en: 'After' },
    });
    expect(changes.find((c) => c.kind === 'step_services_changed')).toMatchObject({
      added: [svc('b')],
      removed: [],
    });
  });

  it('lists removed steps and stages, moved stages and screener changes', () => {
    const after = changed((d) => {
      d.stages.reverse();
      d.stages[1]!.steps.pop();
      d.screener!.splice(1, 1);
      d.screener![0]!.label = text('Living in Ontario?', 'Vivez-vous en Ontario?');
      d.screener!.push({ id: 'pets', type: 'yes_no', label: text('Pets?', 'Animaux?') });
    });
    const kinds = diffDefinitions(parse(base()), after).map((c) => c.kind);
    expect(kinds).toEqual([
      'stage_moved',
      'step_removed',
      'question_added',
      'question_removed',
      'question_changed',
    ]);
  });
});

describe('whose approval a change needs', () => {
  const approvers = (
    after: ClusterDefinition,
    mode: 'touched_partners' | 'lead_only' | 'all_parties' = 'touched_partners',
  ) =>
    requiredApprovals({
      mode,
      before: parse(base()),
      after,
      scope: touchedScope(parse(base()), after),
      owners,
      parties: [org('a'), org('b'), org('c'), org('d')],
    });

  it('asks the owners of the services of a changed, added or removed step, and no one else', () => {
    expect(approvers(changed((d) => (d.stages[0]!.steps[1]!.summary = text('new', 'nouveau'))))).toEqual([
      { organization_id: org('b'), reason: 'touched' },
    ]);
    expect(approvers(changed((d) => d.stages[0]!.steps.push(step('extra', ['a2']))))).toEqual([
      { organization_id: org('a'), reason: 'touched' },
    ]);
    expect(approvers(changed((d) => d.stages[0]!.steps.splice(2, 1)))).toEqual([
      { organization_id: org('c'), reason: 'touched' },
    ]);
    // Moving a step to another service changes both owners' commitments.
    expect(approvers(changed((d) => (d.stages[0]!.steps[1]!.service_ids = [svc('c')])))).toEqual([
      { organization_id: org('b'), reason: 'touched' },
      { organization_id: org('c'), reason: 'touched' },
    ]);
  });

  it('asks the owners of steps whose rule reads a changed question, and the lead for the cluster itself', () => {
    expect(approvers(changed((d) => (d.screener![0]!.label = text('Ontario?', 'Ontario?'))))).toEqual([
      { organization_id: org('c'), reason: 'touched' },
    ]);
    expect(approvers(changed((d) => (d.summary = text('new', 'nouveau'))))).toEqual([
      { organization_id: org('a'), reason: 'lead' },
    ]);
  });

  it('honours lead_only and all_parties from the agreement', () => {
    const after = changed((d) => (d.stages[0]!.steps[1]!.summary = text('new', 'nouveau')));
    expect(approvers(after, 'lead_only')).toEqual([{ organization_id: org('a'), reason: 'lead' }]);
    expect(approvers(after, 'all_parties').map((a) => a.organization_id)).toEqual([
      org('a'),
      org('b'),
      org('c'),
      org('d'),
    ]);
  });

  it('asks every owner for a first publication', () => {
    const first = parse(base());
    const list = requiredApprovals({
      mode: 'touched_partners',
      before: undefined,
      after: first,
      scope: touchedScope(undefined, first),
      owners,
      parties: [],
    });
    expect(list.map((a) => a.organization_id).sort()).toEqual([org('a'), org('b'), org('c')].sort());
  });
});
