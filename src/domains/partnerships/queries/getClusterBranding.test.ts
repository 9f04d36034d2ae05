import { describe, expect, it } from 'vitest';
import type { Agreement, Partnership } from '../types.js';
import { getClusterBranding } from './getClusterBranding.js';

const partnership: Partnership = {
  id: 'p',
  key: 'p',
  name: { en: 'P', fr: 'P' },
  parties: [
    { organization_id: 'fed', role: 'member' },
    { organization_id: 'prov', role: 'lead' },
    { organization_id: 'city', role: 'member' },
    { organization_id: 'fund', role: 'funder' },
  ],
};

function agreement(branding: Partial<Agreement['clauses']['branding']>): Agreement {
  return {
    id: 'a',
    partnership_id: 'p',
    template: 'service-cluster',
    status: 'signed',
    starts_on: '2026-01-01',
    ends_on: '2026-12-31',
    review_on: '2026-12-01',
    signed_at: new Date(),
    signed_by: 'x',
    clauses: {
      scope: { clusters: [], forms: [] },
      data_sharing: [],
      branding: {
        lead_organization_id: 'prov',
        co_brand_order: ['city', 'fed'],
        logo_use: 'all_parties',
        ...branding,
      },
      cost_sharing: { formula: 'equal', when_no_volume: 'not_split' },
      commitments: [],
      governance: { change_approval: 'touched_partners' },
    },
  };
}

const brand = (a: Agreement) => getClusterBranding({ partnership, agreement: a });

describe('getClusterBranding', () => {
  it('puts the lead first, then the co-brands in the agreement’s order, leaving out parties not listed', () => {
    const branding = brand(agreement({}));
    expect(branding?.parties.map((p) => [p.organization_id, p.role, p.lead])).toEqual([
      ['prov', 'lead', true],
      ['city', 'member', false],
      ['fed', 'member', false],
    ]);
  });

  it('shows every mark, the lead’s alone, or none, as logo_use says', () => {
    const marks = (logo_use: Agreement['clauses']['branding']['logo_use']) =>
      brand(agreement({ logo_use }))!.parties.map((p) => p.show_mark);
    expect(marks('all_parties')).toEqual([true, true, true]);
    expect(marks('lead_only')).toEqual([true, false, false]);
    expect(marks('none')).toEqual([false, false, false]);
  });

  it('ignores repeats, the lead listed again, and organisations that are not parties', () => {
    const branding = brand(agreement({ co_brand_order: ['fed', 'prov', 'stranger', 'fed', 'fund'] }));
    expect(branding?.parties.map((p) => p.organization_id)).toEqual(['prov', 'fed', 'fund']);
  });

  it('brands nothing without an agreement in force', () => {
    expect(getClusterBranding(undefined)).toBeUndefined();
  });
});
