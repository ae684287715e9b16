// Every English default of the attachments widget, for hosts that translate it (root and list together).
import { attachmentsListMessages } from './listMessages';
import { attachmentsRootMessages } from './messages';

export const attachmentsMessages = { ...attachmentsRootMessages, ...attachmentsListMessages };

export type AttachmentsMessageKey = keyof typeof attachmentsMessages;
