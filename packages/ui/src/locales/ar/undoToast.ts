import type { undoToastMessages } from '../../undo-toast/messages';

export const undoToastAr: Record<keyof typeof undoToastMessages, string> = {
  'undoToast.region': 'الإشعارات',
  'undoToast.sending': 'جارٍ الإرسال…',
  'undoToast.sent': 'تم إرسال الرسالة',
  'undoToast.undoing': 'جارٍ التراجع…',
  'undoToast.reopened': 'أُلغي الإرسال. المسودة مفتوحة من جديد.',
  'undoToast.reopenedDrafts': 'أُلغي الإرسال. الرسالة في المسودات من جديد.',
  'undoToast.windowOver': 'تم إرسال الرسالة. لم يعد التراجع ممكنًا.',
  'undoToast.tooLate': 'فات أوان التراجع: أُرسلت الرسالة.',
  'undoToast.tooLateOffline': 'أنت غير متصل: لم يصل التراجع إلى الخادم، وأُرسلت الرسالة.',
  'undoToast.unknownUndo': 'لم يردّ الخادم على التراجع. ربما أُرسلت الرسالة: تحقّق من المرسلة.',
  'undoToast.unknownSend': 'لم يردّ الخادم. ربما أُرسلت الرسالة: تحقّق من المرسلة قبل الإرسال مرة أخرى.',
  'undoToast.notSent': 'لم تُرسل الرسالة. لا تزال في المحرر.',
  'undoToast.scheduled': 'جُدولت الرسالة',
  'undoToast.scheduledFor': 'مجدولة في {when}',
  'undoToast.cancelSchedule': 'إلغاء الإرسال',
  'undoToast.cancelFailed': 'تعذّر إلغاء الإرسال. الرسالة لا تزال مجدولة.',
  'undoToast.about': '{recipients, select, none {«{subject}»} other {«{subject}» إلى {recipients}}}',
  'undoToast.noSubject': '(بلا موضوع)',
  'undoToast.countdown':
    '{seconds, plural, zero {لم يبق وقت للتراجع} one {بقيت ثانية واحدة للتراجع} two {بقيت ثانيتان للتراجع} few {بقيت # ثوانٍ للتراجع} many {بقيت # ثانية للتراجع} other {بقيت # ثانية للتراجع}}',
  'undoToast.announceUndoable':
    '{seconds, plural, one {تم إرسال الرسالة. يمكنك التراجع خلال ثانية واحدة.} two {تم إرسال الرسالة. يمكنك التراجع خلال ثانيتين.} few {تم إرسال الرسالة. يمكنك التراجع خلال # ثوانٍ.} other {تم إرسال الرسالة. يمكنك التراجع خلال # ثانية.}}',
  'undoToast.pausedHint': 'يبقى هذا الإشعار ما دمت هنا، لكن الخادم لن ينتظر: ينتهي التراجع في موعده.',
  'undoToast.undo': 'تراجع',
  'undoToast.shortcutHint': 'Alt+Z',
  'undoToast.dismiss': 'إغلاق',
};
