import type { draftStatusMessages } from '../../draft-status/messages';

export const draftStatusAr: Record<keyof typeof draftStatusMessages, string> = {
  'draftStatus.saving': 'جارٍ الحفظ…',
  'draftStatus.savedJustNow': 'حُفظت للتو',
  'draftStatus.savedAgo': 'حُفظت {ago}',
  'draftStatus.saved': 'حُفظت',
  'draftStatus.failed': 'لم تُحفظ: {reason}.',
  'draftStatus.reason':
    '{reason, select, network {تعذّر الوصول إلى الخادم} timeout {لم يردّ الخادم في الوقت المحدد} server {واجه الخادم مشكلة} busy {الخادم مشغول} too-large {المسودة أكبر مما يقبله الخادم} invalid {يجب التحقق من عنوان أو حقل} refused {رفضها الخادم} other {حدث خطأ ما}}',
  'draftStatus.retrying': 'تتم إعادة المحاولة تلقائيًا؛ نصك محفوظ على هذا الجهاز.',
  'draftStatus.kept': 'نصك محفوظ على هذا الجهاز.',
  'draftStatus.offline': 'غير متصل: تغييراتك محفوظة على هذا الجهاز',
  'draftStatus.expired': 'انتهت الجلسة: سجّل الدخول مجددًا للحفظ. لن يضيع شيء مما كتبته.',
  'draftStatus.retryingNotKept':
    'تتم إعادة المحاولة تلقائيًا. لا يستطيع هذا الجهاز حفظ نصك: أبقِ هذه العلامة مفتوحة حتى يُحفظ.',
  'draftStatus.notKept': 'لا يستطيع هذا الجهاز حفظ نصك أيضًا: انسخه قبل إغلاق هذه العلامة.',
  'draftStatus.offlineNotKept': 'غير متصل، ولا يستطيع هذا الجهاز حفظ تغييراتك: أبقِ هذه العلامة مفتوحة حتى يعود الاتصال',
  'draftStatus.expiredNotKept':
    'انتهت الجلسة: سجّل الدخول مجددًا للحفظ. لا يستطيع هذا الجهاز حفظ نصك: أبقِ هذه العلامة مفتوحة حتى ذلك الحين.',
  'draftStatus.conflict': 'عُدّلت هذه المسودة في علامة تبويب أخرى. اختر ما تريد الاحتفاظ به.',
  'draftStatus.retry': 'إعادة المحاولة',
  'draftStatus.trying': 'جارٍ المحاولة…',
  'draftStatus.signIn': 'تسجيل الدخول مجددًا',
  'draftStatus.resolve': 'قارن النسختين',
};
