/** Every component's examples: the development page /dev/components shows them and the browser sweep checks them. */
import { examples as clusterPage } from './ClusterPage/examples.js';

export const ALL_EXAMPLES = [clusterPage] as const;
