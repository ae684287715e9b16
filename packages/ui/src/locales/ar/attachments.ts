import type { AttachmentsMessageKey } from '../../attachments/attachmentsMessages';

export const attachmentsAr: Record<AttachmentsMessageKey, string> = {
  'attachments.attach': 'إرفاق ملفات',
  'attachments.list': 'المرفقات',
  'attachments.dropHere': 'أفلت الملفات هنا لإرفاقها',
  'attachments.dropRejected': 'لا يمكن إرفاق هذه الملفات',
  'attachments.size': '{size}',
  'attachments.uploading': 'جارٍ رفع {name}',
  'attachments.state.queued': 'في انتظار الرفع',
  'attachments.state.uploading': 'جارٍ الرفع، {percent, number, percent}',
  'attachments.state.uploaded': 'مُرفق',
  'attachments.state.failed': 'تعذّر الرفع',
  'attachments.state.cancelled': 'أُلغي الرفع',
  'attachments.state.rejected': 'لم يُرفق',
  'attachments.inline': 'صورة داخل النص',
  'attachments.notKept': 'لا يستطيع هذا الجهاز حفظ الملف: أبقِ هذه العلامة مفتوحة حتى يكتمل رفعه',
  'attachments.cancel': 'إلغاء رفع {name}',
  'attachments.retry': 'إعادة محاولة {name}',
  'attachments.remove': 'إزالة {name}',
  'attachments.dismiss': 'إخفاء {name}',
  'attachments.reason.size': 'حجمه {size}؛ والحد الأقصى لكل ملف {limit}.',
  'attachments.reason.count':
    'يمكن أن تحتوي الرسالة على {limit, plural, one {مرفق واحد} two {مرفقين} few {# مرفقات} many {# مرفقًا} other {# مرفق}} على الأكثر.',
  'attachments.reason.total': 'الحد الأقصى لحجم جميع المرفقات معًا {limit}.',
  'attachments.reason.type': 'لا يمكن إرفاق ملفات من هذا النوع.',
  'attachments.reason.empty': 'الملف فارغ.',
  'attachments.prompt':
    '{count, plural, one {كيف تريد إضافة هذه الصورة؟} two {كيف تريد إضافة هاتين الصورتين؟} few {كيف تريد إضافة هذه الصور الـ #؟} many {كيف تريد إضافة هذه الصور الـ #؟} other {كيف تريد إضافة هذه الصور الـ #؟}}',
  'attachments.prompt.inline': 'داخل النص',
  'attachments.prompt.attachment': 'كمرفق',
  'attachments.prompt.remember': 'تذكّر اختياري',
  'attachments.placement': '{placement, select, inline {تُضاف الصور داخل النص.} other {تُضاف الصور كمرفقات.}}',
  'attachments.placement.change': 'اسألني في كل مرة',
  'attachments.added':
    '{count, plural, one {تم إرفاق {name}.} two {تم إرفاق ملفين.} few {تم إرفاق # ملفات.} many {تم إرفاق # ملفًا.} other {تم إرفاق # ملف.}}',
  'attachments.rejected':
    '{count, plural, one {لم يُرفق {name}.} two {لم يُرفق ملفان.} few {لم تُرفق # ملفات.} many {لم يُرفق # ملفًا.} other {لم يُرفق # ملف.}}',
  'attachments.removed': 'تمت إزالة {name}.',
  'attachments.loadFailed': 'تعذّر تحميل قائمة المرفقات. تحقّق من الاتصال وحاول مرة أخرى.',
  'attachments.loadRetry': 'حاول مرة أخرى',
};
