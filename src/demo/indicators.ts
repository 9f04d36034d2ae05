/**
 * The demo clusters' own results indicators, one file per cluster in data/demo/indicators
 * (`<cluster key>.json`: `{ "cluster", "indicators": [ { key, name, …, "values": [ … ] } ] }`), defined
 * and valued through the insights domain like a cluster manager would. The commands leave an indicator
 * or a value that already says the same alone, so seeding twice adds nothing, not even to the audit log.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { defineIndicator, recordIndicatorValue } from '../domains/insights/index.js';
import { systemActor } from '../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../platform/db/index.js';
import { DemoDataError, demoJsonFiles, readDemoJson } from './data.js';

const SEED_ACTOR = systemActor('seed-demo');

/** The file's shape; each indicator and value is checked whole by the insights domain as it is loaded. */
const DemoIndicatorFile = z.object({
  cluster: z.string(),
  indicators: z.array(
    z.looseObject({
      key: z.string(),
      values: z.array(z.looseObject({ measured_on: z.string(), value: z.number() })).default([]),
    }),
  ),
});
export type DemoIndicators = z.output<typeof DemoIndicatorFile>;

export function demoIndicators(): DemoIndicators[] {
  return demoJsonFiles('indicators').map((file) => {
    const demo = readDemoJson(file, DemoIndicatorFile);
    if (demo.cluster !== basename(file, '.json'))
      throw new DemoDataError(file, [{ path: 'cluster', message: 'The file is named after its cluster' }]);
    return demo;
  });
}

export async function seedDemoIndicators(db: Db | Tx): Promise<{ defined: number; recorded: number }> {
  return withTransaction(db, async (tx) => {
    let defined = 0;
    let recorded = 0;
    for (const { cluster, indicators } of demoIndicators()) {
      for (const { values, ...indicator } of indicators) {
        const result = await defineIndicator(tx, SEED_ACTOR, {
          ...(indicator as Omit<Parameters<typeof defineIndicator>[2], 'cluster'>),
          cluster,
        });
        if (result.outcome !== 'unchanged') defined += 1;
        for (const value of values) {
          const outcome = await recordIndicatorValue(tx, SEED_ACTOR, {
            ...value,
            cluster,
            key: indicator.key,
          });
          if (outcome.outcome !== 'unchanged') recorded += 1;
        }
      }
    }
    return { defined, recorded };
  });
}
