/**
 * Clusters: services of many partners arranged as one life event, business event or client group, in
 * stages and steps, with a screener that turns answers into a personal checklist. The only door into
 * the domain; see README.md for its invariants.
 */
export * from './schemas.js';
export type { PublishedCluster, ClusterSummary, ClusterVersionSummary, Actor } from './types.js';
export { ClusterNotFoundError, ClusterLifecycleError } from './errors.js';
export { saveClusterDraft, clusterId, type SavedDraft } from './commands/saveClusterDraft.js';
export { publishCluster, type PublishedVersion } from './commands/publishCluster.js';
export { setClusterLifecycle } from './commands/setClusterLifecycle.js';
export {
  getPublicCluster,
  getPublicClusterBySlug,
  getPublishedCluster,
} from './queries/getPublishedCluster.js';
export { listPublicClusters } from './queries/listPublicClusters.js';
export { listPublicClusterDefinitions } from './queries/listPublicClusterDefinitions.js';
export { listClusterVersions, getClusterVersion } from './queries/listClusterVersions.js';
export { listClustersOfServices } from './queries/listClustersOfServices.js';
export {
  screenAnswers,
  normalisePostalCode,
  ANSWER_PROBLEMS,
  type Answer,
  type Answers,
  type AnswerProblem,
  type AnswerProblemCode,
  type ScreenedAnswers,
} from './screener/answers.js';
export {
  buildChecklist,
  ruleVariables,
  type Checklist,
  type ChecklistStage,
  type ChecklistStep,
  type StepFit,
} from './screener/checklist.js';
export { sealChecklistLink, openChecklistLink, type ChecklistLink } from './screener/links.js';
export { isJsonLogicRule, ruleHolds } from './screener/jsonLogic.js';
