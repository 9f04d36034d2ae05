/**
 * The demo partnerships: one per demo cluster (same key), led by the cluster's lead partner, with every
 * other organisation owning a service in the cluster as a member, and a signed service-cluster
 * agreement in force from 2026-04-01 to 2029-03-31 whose scope is that cluster. The moving pilot's
 * agreement is signed too, so the demo can take it to production once its lead signs off. One file per
 * partnership in data/demo/partnerships (`<key>.json`: `{ "partnership": …, "agreement": … }`).
 */
import { basename } from 'node:path';
import { z } from 'zod';
import {
  AgreementDraftInput,
  PartnershipInput,
  PartnershipNotFoundError,
  createPartnership,
  draftAgreement,
  getPartnership,
  listAgreements,
  signAgreement,
} from '../domains/partnerships/index.js';
import { systemActor } from '../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../platform/db/index.js';
import { DemoDataError, demoJsonFiles, readDemoJson } from './data.js';

const SEED_ACTOR = systemActor('seed-demo');

const DemoPartnershipFile = z.object({ partnership: PartnershipInput, agreement: AgreementDraftInput });

export type DemoPartnership = z.output<typeof DemoPartnershipFile>;

/** Every demo partnership and its agreement, parsed with the partnerships domain's schemas, by key. */
export function demoPartnerships(): DemoPartnership[] {
  return demoJsonFiles('partnerships').map((file) => {
    const demo = readDemoJson(file, DemoPartnershipFile);
    const key = basename(file, '.json');
    if (demo.partnership.key !== key)
      throw new DemoDataError(file, [
        {
          path: 'partnership.key',
          message: `The file of partnership ${demo.partnership.key} is named after it`,
        },
      ]);
    if (demo.agreement.partnership_key !== key)
      throw new DemoDataError(file, [
        { path: 'agreement.partnership_key', message: `The agreement belongs to partnership ${key}` },
      ]);
    return demo;
  });
}

async function existingPartnership(tx: Tx, key: string) {
  try {
    return await getPartnership(tx, key);
  } catch (error) {
    if (error instanceof PartnershipNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Creates each demo partnership and its signed agreement once; a partnership that already has a
 * signed agreement is left alone, so seeding twice changes nothing.
 */
export async function seedDemoPartnerships(db: Db | Tx): Promise<{ created: number; signed: number }> {
  return withTransaction(db, async (tx) => {
    let created = 0;
    let signed = 0;
    for (const { partnership, agreement } of demoPartnerships()) {
      let id = (await existingPartnership(tx, partnership.key))?.id;
      if (!id) {
        id = (await createPartnership(tx, SEED_ACTOR, partnership)).id;
        created += 1;
      }
      const agreements = await listAgreements(tx, id);
      if (agreements.some((a) => a.status === 'signed')) continue;
      const draft =
        agreements.find((a) => a.status === 'draft') ?? (await draftAgreement(tx, SEED_ACTOR, agreement));
      await signAgreement(tx, SEED_ACTOR, draft.id);
      signed += 1;
    }
    return { created, signed };
  });
}
