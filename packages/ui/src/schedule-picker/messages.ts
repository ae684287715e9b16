// English defaults of the schedule picker (translations: src/locales/<lang>/schedulePicker.ts). Dates and times
// arrive already formatted with Intl in the UI locale.
export const schedulePickerMessages = {
  'schedulePicker.label': 'Schedule send',
  'schedulePicker.loading': 'Loading the calendar…',
  'schedulePicker.loadFailed': 'The calendar could not be loaded. Check your connection and try again.',
  'schedulePicker.retry': 'Try again',
  'schedulePicker.presets': 'Suggested times',
  'schedulePicker.preset':
    '{id, select, later-today {Later today} this-morning {This morning} tomorrow-morning {Tomorrow morning} next-monday-morning {Next Monday morning} other {Suggested time}}',
  'schedulePicker.custom': 'Pick a date and time',
  'schedulePicker.date': 'Date',
  'schedulePicker.time': 'Time',
  'schedulePicker.zone': 'Time zone',
  'schedulePicker.confirm': 'Schedule',
  'schedulePicker.scheduling': 'Scheduling…',
  'schedulePicker.empty': 'Choose a suggested time, or a date and time.',
  'schedulePicker.incomplete': 'Choose both a date and a time.',
  'schedulePicker.invalid': 'That is not a valid date and time.',
  'schedulePicker.summary': 'The mail will be sent on {date} at {time} ({zone}).',
  'schedulePicker.summaryElsewhere': 'That is {date} at {time} in your time zone ({zone}).',
  'schedulePicker.inPast': 'That time has already passed. Choose a time in the future.',
  'schedulePicker.tooSoon': 'Schedule at least one minute ahead, or send now.',
  'schedulePicker.tooLate': 'Mail can be scheduled at most one year ahead: the latest is {date} at {time} ({zone}).',
  'schedulePicker.gap': '{time} doesn’t exist on {date} in {zone}: the mail will be sent at {newTime}.',
  'schedulePicker.gapNewDate':
    '{time} doesn’t exist on {date} in {zone}: the mail will be sent on {newDate} at {newTime}.',
  'schedulePicker.daySkipped':
    '{date} doesn’t exist in {zone} (the zone skipped that day): the mail will be sent on {newDate} at {newTime}.',
  'schedulePicker.overlap':
    '{time} happens twice on {date} in {zone}: the mail will be sent at the first {time} ({offset}), not the second ({otherOffset}).',
  'schedulePicker.overlapSecond':
    '{time} happens twice on {date} in {zone}: the mail will be sent at the second {time} ({offset}), not the first ({otherOffset}).',
  'schedulePicker.useSecond': 'Send at the second {time} ({offset}) instead',
  'schedulePicker.useFirst': 'Send at the first {time} ({offset}) instead',
  'schedulePicker.scheduled': 'This message is scheduled.',
  'schedulePicker.scheduledFor': 'Scheduled for {date} at {time} ({zone}).',
  'schedulePicker.cancel': 'Cancel schedule',
  'schedulePicker.cancelling': 'Cancelling…',
  'schedulePicker.cancelFailed': 'The schedule could not be cancelled. Check your connection and try again.',
  'schedulePicker.cancelled': 'Schedule cancelled: the message is a draft again.',
} as const;

export type SchedulePickerMessageKey = keyof typeof schedulePickerMessages;
