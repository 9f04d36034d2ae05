import { StitchError, ValidationError } from '../../../platform/errors/index.js';
import type { DraftContent, ProblemCode, RecordKind } from './schemas.js';

export interface RecordProblem {
  path: string;
  code: ProblemCode;
}

/** A draft refused field by field; each problem's `message` is its code, for logs. */
export class RecordProblemsError extends ValidationError {
  readonly recordProblems: RecordProblem[];
  constructor(problems: RecordProblem[]) {
    super(
      'The record is not valid.',
      problems.map((p) => ({ ...p, message: p.code })),
    );
    this.recordProblems = problems;
  }
}

/**
 * - `draft_changed`: someone saved the draft after this person opened it;
 * - `draft_gone`: the draft this person was editing was discarded meanwhile;
 * - `published_changed`: the live record was published (or imported) since the draft was started.
 */
export type ConflictReason = 'draft_changed' | 'draft_gone' | 'published_changed';

export interface ConflictInfo {
  reason: ConflictReason;
  entity_type: RecordKind;
  entity_id: string;
  /** Who made the other change, by name, when known. */
  by: string | null;
  /** When the other change was made (ISO 8601), when known. */
  at: string | null;
  /** The other person's values: their draft, or the live record now. */
  theirs: DraftContent | null;
  /** Where things stand now: save again with these to replace their values with yours. */
  current_revision: number;
  current_version: number;
}

const CONFLICT_TEXT: Record<ConflictReason, (info: ConflictInfo) => string> = {
  draft_changed: (i) =>
    `${i.by ?? 'Someone'} saved this draft at ${i.at ?? 'an unknown time'}, after you opened it.`,
  draft_gone: () => 'The draft you were editing was discarded after you opened it.',
  published_changed: (i) =>
    `The published record changed (now version ${i.current_version}) since this draft was started` +
    (i.by ? `, published by ${i.by} at ${i.at ?? 'an unknown time'}.` : '.'),
};

export class RecordConflictError extends StitchError {
  readonly conflict: ConflictInfo;
  constructor(info: ConflictInfo) {
    super('CONFLICT', CONFLICT_TEXT[info.reason](info), { ...info });
    this.conflict = info;
  }
}

export function isRecordConflict(error: unknown): error is RecordConflictError {
  return error instanceof RecordConflictError;
}
