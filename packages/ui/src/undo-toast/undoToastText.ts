import type { Translate } from '../i18n';
import type { UndoToastMessageKey } from './messages';
import type { UndoToastContent } from './undoToastContent';

/** The toast's headline in the user's language. */
export function undoToastTitle(
  toast: UndoToastContent,
  t: Translate<UndoToastMessageKey>,
  reopens: boolean,
  locale?: string,
): string {
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
      return t(toast.offlineUndo ? 'undoToast.tooLateOffline' : 'undoToast.tooLate');
    case 'unknown':
      return t(toast.itemId === undefined ? 'undoToast.unknownSend' : 'undoToast.unknownUndo');
    case 'not-sent':
      return t('undoToast.notSent');
    case 'scheduled':
      return toast.deliveryTime === undefined
        ? t('undoToast.scheduled')
        : t('undoToast.scheduledFor', {
            when: new Intl.DateTimeFormat(locale, {
              weekday: 'short',
              month: 'short',
              day: 'numeric',
              hour: 'numeric',
              minute: '2-digit',
            }).format(toast.deliveryTime * 1000),
          });
    case 'cancel-failed':
      return t('undoToast.cancelFailed');
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
