// The chunk `loadSessionFlows` imports: the send and reopen flows and the pre-send checks, apart from what a session
// needs to show and edit.
export { createSendFlow } from './createSendFlow';
export { createReopenFlow } from './createReopenFlow';
export { checkBeforeSend } from '../checks/checkBeforeSend';
