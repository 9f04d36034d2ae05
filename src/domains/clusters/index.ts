/**
 * Clusters: services of many partners arranged as one life event, business event or client group, in
 * stages and steps, with a screener that turns answers into a personal checklist. The only door into
 * the domain; see README.md for its invariants.
 */
export * from './schemas.js';
export type {
  PublishedCluster,
  ClusterSummary,
  ClusterVersionSummary,
  Actor,
  ChangeRequestState,
  ChangeRequestView,
  ChangeApprovalView,
} from './types.js';
export {
  ClusterNotFoundError,
  ClusterLifecycleError,
  ClusterGovernanceError,
  GOVERNANCE_REASONS,
  type GovernanceReason,
} from './errors.js';
export { mayManageCluster } from './policy.js';
export { listClusterRefs, findClusterRef, type ClusterRef } from './queries/listClusterRefs.js';
export { saveClusterDraft, clusterId, type SavedDraft } from './commands/saveClusterDraft.js';
export { publishCluster, type PublishedVersion } from './commands/publishCluster.js';
export { setClusterLifecycle } from './commands/setClusterLifecycle.js';
export { requestClusterChange, type ChangeRequestCreated } from './commands/requestClusterChange.js';
export {
  decideClusterChange,
  ChangeDecisionSchema,
  type ChangeDecision,
  type ChangeDecided,
} from './commands/decideClusterChange.js';
export { setClusterPartnership } from './commands/setClusterPartnership.js';
export { signOffProduction, type ProductionSignoff } from './commands/signOffProduction.js';
export { diffClusterVersions } from './queries/diffClusterVersions.js';
export { getClusterGovernance, type ClusterGovernance } from './queries/getClusterGovernance.js';
export {
  getClusterGovernanceScreen,
  type ClusterGovernanceScreen,
} from './queries/getClusterGovernanceScreen.js';
export { getAgreementScreen, type AgreementScreen } from './queries/getAgreementScreen.js';
export { getClusterListScreen, type ClusterListScreen } from './queries/getClusterListScreen.js';
export { getClusterChangesScreen, type ClusterChangesScreen } from './queries/getClusterChangesScreen.js';
export {
  getCostSharingScreen,
  type CostSharingScreen,
  type CostSharingResult,
  type CostSharingRequest,
  type CostSharingProblem,
  type CostLine,
} from './queries/getCostSharingScreen.js';
export {
  listClusterWork,
  AGREEMENT_WARNING_DAYS,
  type ClusterWork,
  type ClusterWorkItem,
} from './queries/listClusterWork.js';
export { diffDefinitions, type ClusterChange, type ClusterChangeKind } from './governance/diff.js';
export { touchedScope, requiredApprovals, type RequiredApproval } from './governance/approvers.js';
export type { ProductionBlocker, ProductionReadiness } from './governance/productionGate.js';
export {
  getPublicCluster,
  getPublicClusterBySlug,
  getPublishedCluster,
} from './queries/getPublishedCluster.js';
export { getClusterDefinition, type ClusterDefinitionView } from './queries/getClusterDefinition.js';
export { listPublicClusters } from './queries/listPublicClusters.js';
export {
  listClustersInBothLanguages,
  type BilingualClusterListView,
  type BilingualClusterView,
  type PublicClusterStatus,
} from './queries/listClustersInBothLanguages.js';
export {
  getClusterPage,
  agreementDay,
  type ClusterPageQuery,
  type ClusterPageView,
  type ScreenChannel,
  type PartnerView,
  type CoBrandView,
  type StageView,
  type StepView,
  type ServiceWaysView,
  type WeeklyHours,
} from './queries/getClusterPage.js';
export {
  getHomePage,
  listClusterCards,
  type HomePageView,
  type ClusterCardView,
} from './queries/getHomePage.js';
export { getScreener, type ScreenerView, type ScreenerQuestionView } from './queries/getScreener.js';
export { getChecklist, type ChecklistView, type GivenAnswerView } from './queries/getChecklist.js';
export { startChecklist, type StartedChecklist } from './commands/startChecklist.js';
export {
  sendChecklistByEmail,
  MAX_EMAIL_LENGTH,
  type ChecklistEmailOutcome,
} from './commands/sendChecklistByEmail.js';
export { recordFeedback, type FeedbackInput } from './commands/recordFeedback.js';
export { recordSatisfaction, type SatisfactionInput } from './commands/recordSatisfaction.js';
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
