export { applyRetention, RetentionPolicy, type RetentionReport } from './commands/applyRetention.js';
