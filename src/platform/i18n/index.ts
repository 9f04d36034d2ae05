export * from './localized.js';
export { t, hasMessage, loadMessages, LOCALES_DIR } from './translate.js';
export type { MessageKey, MessageKeyUnder } from './messageKeys.js';
