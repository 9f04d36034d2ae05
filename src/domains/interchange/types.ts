/** What the interchange use cases take and give, apart from the HSDS and Service Inventory shapes. */
import type { INTERACTION_CHANNELS } from '../measurement/index.js';
import type { Lang } from '../../platform/i18n/index.js';

/** Told how far a long read or write has gone; a terminal shows a bar, a log a line now and then. */
export interface ProgressReporter {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

/** A record or row refused, and where it was read. */
export interface FileRejection {
  /** File, and row or record, e.g. `services.csv row 12` or `service_full.json services[0]`. */
  where: string;
  field?: string | undefined;
  reason: string;
}

/** Reports nothing: for callers with nobody watching. */
export const SILENT_PROGRESS: ProgressReporter = { start() {}, increment() {}, stop() {} };

/** Who reads through which channel, in which language: what a read records in measurement. */
export interface Reader {
  channel: (typeof INTERACTION_CHANNELS)[number];
  lang: Lang;
}
