import type { Translate } from '../i18n';
import type { UndoToastMessageKey } from './messages';
import type { UndoToastContent } from './undoToastContent';

/** The toast's headline in the user's language. */
export function undoToastTitle(toast: UndoToastContent, t: Translate<UndoToastMessageKey>, reopens: boolean): string {
  switch (toast.state) {
    case 'sending':
      return t('undoToast.sending');
    case 'undoable':
      return t('undoToast.sent');
    case 'undoing':
      return t('undoToast.undoing');
    case 'reopened':
      return t(reopens ? 'undoToast.reopened' : 'undoToast.reopenedDrafts');
    case 'sent':
      return t('undoToast.windowOver');
    case 'too-late':
      return t('undoToast.tooLate');
    case 'unknown':
      return t(toast.itemId === undefined ? 'undoToast.unknownSend' : 'undoToast.unknownUndo');
    case 'not-sent':
      return t('undoToast.notSent');
    default:
      return toast.state satisfies never;
  }
}

/** Which message: “Subject” to Ana, Bob. */
export function undoToastAbout(toast: UndoToastContent, t: Translate<UndoToastMessageKey>): string {
  const subject = toast.subject.trim() || t('undoToast.noSubject');
  const recipients = toast.recipients.length ? toast.recipients.join(', ') : 'none';
  return t('undoToast.about', { subject, recipients });
}
