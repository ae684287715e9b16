export { DraftStatus } from './draft-status/DraftStatus';
export type { DraftStatusProps, DraftStatusState } from './draft-status/DraftStatus';
