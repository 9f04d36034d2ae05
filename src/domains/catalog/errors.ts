import { StitchError } from '../../platform/errors/index.js';
import type { ImportReport } from './types.js';

/** An import refused records and was not told to skip them: nothing was written. */
export class ImportFailedError extends StitchError {
  readonly report: ImportReport;
  constructor(report: ImportReport, message?: string) {
    const first = report.rejected[0];
    const summary = first
      ? ` First: ${first.where}${first.field ? ` ${first.field}` : ''}: ${first.reason}`
      : '';
    super(
      'IMPORT_FAILED',
      message ??
        `The import was refused: ${report.rejected.length} problem(s) in ${report.read} record(s); nothing was saved.${summary}`,
      { report },
    );
    this.name = 'ImportFailedError';
    this.report = report;
  }
}
