/**
 * The demo clusters: services of the demo partners arranged as five life events, one business event
 * and two client groups, with their screeners and lifecycle, one file each in data/demo/clusters
 * (`<key>.json`: `{ "lifecycle": …, "definition": … }`). `src/demo/index.ts` publishes them through the
 * clusters domain, like a cluster manager would.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import {
  ClusterDefinitionSchema,
  ClusterLifecycleSchema,
  type ClusterDefinition,
  type ClusterLifecycle,
} from '../../domains/clusters/index.js';
import { DemoDataError, demoJsonFiles, readDemoJson } from '../data.js';

export interface DemoCluster {
  definition: ClusterDefinition;
  lifecycle: ClusterLifecycle;
}

const DemoClusterFile = z.object({ lifecycle: ClusterLifecycleSchema, definition: ClusterDefinitionSchema });

/** Every demo cluster, parsed with the clusters domain's schemas, in the order of their keys. */
export function demoClusters(): DemoCluster[] {
  return demoJsonFiles('clusters').map((file) => {
    const cluster = readDemoJson(file, DemoClusterFile);
    if (basename(file, '.json') !== cluster.definition.key)
      throw new DemoDataError(file, [
        {
          path: 'definition.key',
          message: `The file of cluster ${cluster.definition.key} is named after it`,
        },
      ]);
    return cluster;
  });
}
