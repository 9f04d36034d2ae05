import { describe, expect, it } from 'vitest';
import type { ServiceInventoryFacts } from '../../interchange/index.js';
import { servesTheExternalPublic, summarise } from './getPublishedServiceSummary.js';

const none = { online: null, phone: null, in_person: null, mail: null, email: null, fax: null, other: null };

function service(overrides: Partial<ServiceInventoryFacts>): ServiceInventoryFacts {
  return {
    serviceId: 'a',
    fiscalYear: '2023-2024',
    organizationKey: 'tc',
    scope: ['EXTERN'],
    applications: none,
    phoneEnquiries: null,
    webVisits: null,
    standards: { total: 0, met: 0 },
    standardResults: [],
    onlineStages: {
      registration: null,
      authentication: null,
      application: null,
      decision: null,
      issuance: null,
      feedback: null,
    },
    ...overrides,
  };
}

describe('summarise: the published-data measures of a set of services', () => {
  it('adds each channel once, counts missing figures as nothing, and divides online by the channels’ sum', () => {
    const summary = summarise([
      service({ applications: { ...none, online: 300, phone: 100 }, phoneEnquiries: 1000 }),
      service({
        serviceId: 'b',
        applications: { ...none, online: 100, mail: null },
        standards: { total: 3, met: 2 },
      }),
      service({ serviceId: 'c', organizationKey: 'cra-arc', applications: { ...none, in_person: 0 } }),
    ]);
    expect(summary).toEqual({
      services: 3,
      organisations: 2,
      applicationsTotal: 500,
      applicationsByChannel: { online: 400, phone: 100, in_person: 0, mail: 0, email: 0, fax: 0, other: 0 },
      onlineShare: 0.8,
      phoneEnquiries: 1000,
      standardsTotal: 3,
      standardsMet: 2,
    });
  });

  it('has no online share when no application was counted, rather than 0 or NaN', () => {
    expect(summarise([service({ phoneEnquiries: 12 })]).onlineShare).toBeNull();
    expect(summarise([])).toMatchObject({
      services: 0,
      organisations: 0,
      applicationsTotal: 0,
      onlineShare: null,
    });
  });

  it('treats a service as external only when EXTERN is one of its scope codes', () => {
    expect(servesTheExternalPublic({ scope: ['ENTERPRISE', 'EXTERN'] })).toBe(true);
    expect(servesTheExternalPublic({ scope: ['INTERN'] })).toBe(false);
    expect(servesTheExternalPublic({ scope: ['ENTERPRISE'] })).toBe(false);
  });
});
