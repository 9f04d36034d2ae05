/**
 * The demo clusters: services of the demo partners arranged as five life events, one business event
 * and two client groups, with their screeners and lifecycle. `src/demo/index.ts` publishes them
 * through the clusters domain, like a cluster manager would.
 */
import type { ClusterDefinitionInput, ClusterLifecycle } from '../../domains/clusters/schemas.js';
import { havingABaby } from './having-a-baby.js';
import { indigenousPeoples } from './indigenous-peoples.js';
import { losingAJob } from './losing-a-job.js';
import { losingALovedOne } from './losing-a-loved-one.js';
import { moving } from './moving.js';
import { newcomers } from './newcomers.js';
import { seniors } from './seniors.js';
import { startingABusiness } from './starting-a-business.js';

export interface DemoCluster {
  definition: ClusterDefinitionInput;
  lifecycle: ClusterLifecycle;
}

/** In the order they are listed to clients; each call returns fresh copies. */
export function demoClusters(): DemoCluster[] {
  return [
    havingABaby,
    losingALovedOne,
    startingABusiness,
    losingAJob,
    moving,
    seniors,
    newcomers,
    indigenousPeoples,
  ].map((cluster) => structuredClone(cluster));
}
