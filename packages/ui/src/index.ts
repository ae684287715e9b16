export { DraftStatus } from './draft-status/DraftStatus';
export type { DraftStatusProps, DraftStatusState } from './draft-status/DraftStatus';

// Language and theme, shared by every widget
export * from './i18n';
export * from './theme';
