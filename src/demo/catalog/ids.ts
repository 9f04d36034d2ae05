/**
 * The demo records' ids: `stableId('demo:<kind>:<slug>')`, as written in data/demo. Code and tests that
 * need one demo record name it by its slug through these.
 */
import { stableId } from '../../platform/ids/index.js';

export const demoId = (kind: string, slug: string) => stableId(`demo:${kind}:${slug}`);
export const orgId = (slug: string) => demoId('organization', slug);
export const jurisdictionId = (code: string) => demoId('jurisdiction', code);
export const locationId = (slug: string) => demoId('location', slug);
export const serviceId = (slug: string) => demoId('service', slug);
