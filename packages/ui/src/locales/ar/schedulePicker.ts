import type { SchedulePickerMessageKey } from '../../schedule-picker/messages';

export const schedulePickerAr: Record<SchedulePickerMessageKey, string> = {
  'schedulePicker.label': 'جدولة الإرسال',
  'schedulePicker.loading': 'جارٍ تحميل التقويم…',
  'schedulePicker.loadFailed': 'تعذّر تحميل التقويم. تحقّق من الاتصال وحاول مرة أخرى.',
  'schedulePicker.retry': 'حاول مرة أخرى',
  'schedulePicker.presets': 'أوقات مقترحة',
  'schedulePicker.preset':
    '{id, select, later-today {لاحقًا اليوم} this-morning {هذا الصباح} tomorrow-morning {صباح الغد} next-monday-morning {صباح الاثنين القادم} other {وقت مقترح}}',
  'schedulePicker.custom': 'اختر التاريخ والوقت',
  'schedulePicker.date': 'التاريخ',
  'schedulePicker.time': 'الوقت',
  'schedulePicker.zone': 'المنطقة الزمنية',
  'schedulePicker.confirm': 'جدولة',
  'schedulePicker.scheduling': 'جارٍ الجدولة…',
  'schedulePicker.empty': 'اختر وقتًا مقترحًا، أو تاريخًا ووقتًا.',
  'schedulePicker.incomplete': 'اختر التاريخ والوقت معًا.',
  'schedulePicker.invalid': 'هذا التاريخ والوقت غير صالحين.',
  'schedulePicker.summary': 'ستُرسل الرسالة يوم {date} في الساعة {time} ({zone}).',
  'schedulePicker.summaryElsewhere': 'أي يوم {date} في الساعة {time} بتوقيتك ({zone}).',
  'schedulePicker.inPast': 'لقد مضى هذا الوقت. اختر وقتًا في المستقبل.',
  'schedulePicker.tooSoon': 'اجعل الجدولة بعد دقيقة واحدة على الأقل، أو أرسل الآن.',
  'schedulePicker.tooLate': 'يمكن جدولة الرسائل لمدة أقصاها سنة واحدة: آخر موعد هو {date} في الساعة {time} ({zone}).',
  'schedulePicker.gap': 'الساعة {time} غير موجودة يوم {date} في {zone}: ستُرسل الرسالة في الساعة {newTime}.',
  'schedulePicker.gapNewDate':
    'الساعة {time} غير موجودة يوم {date} في {zone}: ستُرسل الرسالة يوم {newDate} في الساعة {newTime}.',
  'schedulePicker.daySkipped':
    'يوم {date} غير موجود في {zone} (تخطّت المنطقة الزمنية هذا اليوم): ستُرسل الرسالة يوم {newDate} في الساعة {newTime}.',
  'schedulePicker.overlap':
    'الساعة {time} تتكرر مرتين يوم {date} في {zone}: ستُرسل الرسالة في المرة الأولى ({offset})، لا الثانية ({otherOffset}).',
  'schedulePicker.overlapSecond':
    'الساعة {time} تتكرر مرتين يوم {date} في {zone}: ستُرسل الرسالة في المرة الثانية ({offset})، لا الأولى ({otherOffset}).',
  'schedulePicker.useSecond': 'أرسل في المرة الثانية للساعة {time} ({offset})',
  'schedulePicker.useFirst': 'أرسل في المرة الأولى للساعة {time} ({offset})',
  'schedulePicker.scheduled': 'هذه الرسالة مجدولة.',
  'schedulePicker.scheduledFor': 'مجدولة ليوم {date} في الساعة {time} ({zone}).',
  'schedulePicker.cancel': 'إلغاء الجدولة',
  'schedulePicker.cancelling': 'جارٍ الإلغاء…',
  'schedulePicker.cancelFailed': 'تعذّر إلغاء الجدولة. تحقّق من الاتصال وحاول مرة أخرى.',
  'schedulePicker.cancelled': 'أُلغيت الجدولة: أصبحت الرسالة مسودة من جديد.',
};
