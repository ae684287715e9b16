import type { sendChecksMessages } from '../../send-checks/messages';

export const sendChecksAr: Record<keyof typeof sendChecksMessages, string> = {
  'sendChecks.titleBlocked': 'لا يمكن إرسال هذه الرسالة بعد',
  'sendChecks.titleWarning': 'هل تريد إرسال هذه الرسالة على أي حال؟',
  'sendChecks.introBlocked':
    '{count, plural, one {أصلح هذه المشكلة، ثم أرسل مرة أخرى.} two {أصلح هاتين المشكلتين، ثم أرسل مرة أخرى.} few {أصلح هذه المشكلات الـ#، ثم أرسل مرة أخرى.} other {أصلح هذه المشكلات الـ#، ثم أرسل مرة أخرى.}}',
  'sendChecks.introWarning':
    '{count, plural, one {يُرجى التحقق من هذا قبل الإرسال.} two {يُرجى التحقق من هذين الأمرين قبل الإرسال.} other {يُرجى التحقق من هذه الأمور الـ# قبل الإرسال.}}',
  'sendChecks.noRecipients': 'أضف مستلمًا واحدًا على الأقل في إلى أو نسخة أو نسخة مخفية.',
  'sendChecks.invalidAddress': '«{address}» في {field} ليس عنوان بريد إلكتروني صالحًا.',
  'sendChecks.emptySubject': 'الموضوع فارغ.',
  'sendChecks.missingAttachment': 'تذكر الرسالة مرفقًا، لكن لا شيء مرفق.',
  'sendChecks.uploadsPending':
    '{count, plural, one {لا يزال مرفق قيد الرفع.} two {لا يزال مرفقان قيد الرفع.} few {لا تزال # مرفقات قيد الرفع.} other {لا يزال # مرفق قيد الرفع.}}',
  'sendChecks.uploadFailed': 'تعذّر رفع «{name}». أعد المحاولة أو أزله.',
  'sendChecks.uploadFailedUnnamed': 'تعذّر رفع أحد المرفقات. أعد المحاولة أو أزله.',
  'sendChecks.field':
    '{field, select, to {إلى} cc {نسخة} bcc {نسخة مخفية} replyTo {الرد إلى} subject {الموضوع} body {نص الرسالة} attachments {المرفقات} other {الرسالة}}',
  'sendChecks.severity': '{severity, select, error {يجب إصلاحه} other {للتحقق}}',
  'sendChecks.sendAnyway': 'أرسل على أي حال',
  'sendChecks.goBack': 'رجوع',
};
