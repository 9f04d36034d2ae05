import type { Figure } from './clean.js';
import type { InventoryFormat } from './read.js';

export interface Rejection {
  /** File and row, e.g. `si_2024.csv row 12`. */
  where: string;
  field?: string | undefined;
  reason: string;
}

/** Where one figure lands: the channel it was counted on and what was counted. */
export const VOLUME_CHANNELS = [
  'online',
  'phone',
  'in_person',
  'mail',
  'email',
  'fax',
  'other',
  'total',
] as const;
export const VOLUME_METRICS = ['applications', 'enquiries', 'web_visits'] as const;
export type VolumeChannel = (typeof VOLUME_CHANNELS)[number];
export type VolumeMetric = (typeof VOLUME_METRICS)[number];

/** The six online stages, named the same for both formats (`e_feedback` and `os_issue_resolution_feedback` → feedback). */
export const ONLINE_STAGES = [
  'registration',
  'authentication',
  'application',
  'decision',
  'issuance',
  'feedback',
] as const;
export type OnlineStage = (typeof ONLINE_STAGES)[number];

export type YesNo = 'Y' | 'N' | 'NA';

export interface DepartmentRef {
  key: string;
  name: { en: string; fr: string };
  /** Known from the IGOC table, or only from the file's own names. */
  known: boolean;
}

export interface VolumeCell {
  channel: VolumeChannel;
  metric: VolumeMetric;
  column: string;
  figure: Figure;
}

export interface StageCell {
  stage: OnlineStage;
  column: string;
  raw: string;
  value: YesNo | null;
}

export interface ProgramRef {
  code: string | null;
  name: { en: string; fr: string };
}

export interface ServiceRow {
  where: string;
  format: InventoryFormat;
  file: string;
  row: number;
  fiscalYear: string;
  department: DepartmentRef;
  serviceId: string;
  /** `<department>:<id>`; the stable id is `stableId('gc-si:' + key)`. */
  key: string;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  url: { en: string | null; fr: string | null };
  programs: ProgramRef[];
  /** Channel codes as the file gives them (`onl`, `tel`…); null when the file gives none (empty or `ND`). */
  channelCodes: string[] | null;
  codes: Record<string, string[]>;
  volumes: VolumeCell[];
  stages: StageCell[];
  raw: Record<string, string>;
}

export interface StandardRow {
  where: string;
  format: InventoryFormat;
  file: string;
  row: number;
  fiscalYear: string;
  department: DepartmentRef;
  serviceId: string;
  serviceName: { en: string; fr: string };
  standardId: string;
  name: { en: string; fr: string };
  url: { en: string | null; fr: string | null };
  type: string | null;
  channelCode: string | null;
  target: Figure;
  targetShare: number | null;
  volumeMeetingTarget: Figure;
  totalVolume: Figure;
  performance: Figure;
  performanceShare: number | null;
  targetMet: YesNo | null;
  raw: Record<string, string>;
}
