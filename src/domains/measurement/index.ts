/** Measurement: the one interaction record every channel writes, and the counts read from it. */
export { recordInteraction } from './commands/recordInteraction.js';
export { recordView, flushViews, closeViews, viewBufferStats } from './commands/recordView.js';
export { createInteractionBuffer, type InteractionBuffer } from './commands/createInteractionBuffer.js';
export { countInteractions, type InteractionCount } from './queries/countInteractions.js';
export { countTransactionsByService } from './queries/countTransactionsByService.js';
export { refreshInteractionRollup, type RollupRefresh } from './commands/refreshInteractionRollup.js';
export {
  summariseInteractions,
  ROLLUP_DIMENSIONS,
  type RollupDimension,
  type RollupFilter,
  type RollupRow,
  type DriverSum,
} from './queries/summariseInteractions.js';
export {
  generateActivity,
  type ActivityProgress,
  type GeneratedActivity,
  type GenerateOptions,
} from './commands/generateActivity.js';
export { hasGeneratedActivity } from './queries/hasGeneratedActivity.js';
export { removeGeneratedActivity, type RemovedActivity } from './commands/removeGeneratedActivity.js';
export {
  recordSurveyResponse,
  SURVEY_ANSWERED,
  type SurveyResponseInput,
} from './commands/recordSurveyResponse.js';
export { redactPersonalData, REDACTED } from './redactPersonalData.js';
export {
  InteractionInput,
  INTERACTION_CHANNELS,
  INTERACTION_KINDS,
  TRANSACTION_KINDS,
  PREFERABLE_CHANNELS,
  SURVEY_COMMENT_MAX,
  SURVEY_DRIVERS,
  SurveyAnswers,
  SurveyScore,
  type SurveyDriver,
  ActivityInput,
  SERVICE_CHANNELS,
} from './schemas.js';
export { purgeOldComments } from './commands/purgeOldComments.js';
