import type { conflictMessages } from '../../conflict/messages';

export const conflictAr: Record<keyof typeof conflictMessages, string> = {
  'conflict.title': 'عُدّلت هذه المسودة في علامة تبويب أخرى',
  'conflict.description': 'اختر ما تحتفظ به لكل جزء مختلف. لن يُحفظ شيء حتى تطبّق اختيارك.',
  'conflict.field': '{field, select, to {إلى} cc {نسخة} bcc {نسخة مخفية} subject {الموضوع} other {نص الرسالة}}',
  'conflict.mine': 'علامة التبويب هذه',
  'conflict.theirs': 'علامة التبويب الأخرى',
  'conflict.keepMine': 'احتفظ بنسخة علامة التبويب هذه',
  'conflict.keepTheirs': 'استخدم نسخة علامة التبويب الأخرى',
  'conflict.merge': 'احتفظ بجميع المستلمين من النسختين',
  'conflict.empty': '(فارغ)',
  'conflict.more':
    '{count, plural, one {… وحرف واحد آخر} two {… وحرفان آخران} few {… و# أحرف أخرى} other {… و# حرفًا آخر}}',
  'conflict.apply': 'تطبيق',
  'conflict.cancel': 'سأقرر لاحقًا',
};
