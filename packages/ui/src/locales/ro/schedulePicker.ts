import type { SchedulePickerMessageKey } from '../../schedule-picker/messages';

export const schedulePickerRo: Record<SchedulePickerMessageKey, string> = {
  'schedulePicker.label': 'Programează trimiterea',
  'schedulePicker.loading': 'Se încarcă calendarul…',
  'schedulePicker.loadFailed': 'Calendarul nu a putut fi încărcat. Verifică conexiunea și încearcă din nou.',
  'schedulePicker.retry': 'Încearcă din nou',
  'schedulePicker.presets': 'Ore sugerate',
  'schedulePicker.preset':
    '{id, select, later-today {Mai târziu azi} this-morning {În dimineața asta} tomorrow-morning {Mâine dimineață} next-monday-morning {Luni dimineață} other {Oră sugerată}}',
  'schedulePicker.custom': 'Alege data și ora',
  'schedulePicker.date': 'Data',
  'schedulePicker.time': 'Ora',
  'schedulePicker.zone': 'Fusul orar',
  'schedulePicker.confirm': 'Programează',
  'schedulePicker.scheduling': 'Se programează…',
  'schedulePicker.empty': 'Alege o oră sugerată sau o dată și o oră.',
  'schedulePicker.incomplete': 'Alege atât data, cât și ora.',
  'schedulePicker.invalid': 'Data și ora nu sunt valide.',
  'schedulePicker.summary': 'Mesajul va fi trimis {date}, la {time} ({zone}).',
  'schedulePicker.summaryElsewhere': 'Adică {date}, la {time}, în fusul tău orar ({zone}).',
  'schedulePicker.inPast': 'Ora aleasă a trecut deja. Alege o oră din viitor.',
  'schedulePicker.tooSoon': 'Programează cu cel puțin un minut înainte sau trimite acum.',
  'schedulePicker.tooLate':
    'Mesajele pot fi programate cu cel mult un an înainte: cel mai târziu {date}, la {time} ({zone}).',
  'schedulePicker.gap': 'Ora {time} nu există pe {date} în {zone}: mesajul va fi trimis la {newTime}.',
  'schedulePicker.gapNewDate':
    'Ora {time} nu există pe {date} în {zone}: mesajul va fi trimis {newDate}, la {newTime}.',
  'schedulePicker.daySkipped':
    'Ziua {date} nu există în {zone} (fusul orar a sărit peste ea): mesajul va fi trimis {newDate}, la {newTime}.',
  'schedulePicker.overlap':
    'Ora {time} apare de două ori pe {date} în {zone}: mesajul va fi trimis la prima {time} ({offset}), nu la a doua ({otherOffset}).',
  'schedulePicker.overlapSecond':
    'Ora {time} apare de două ori pe {date} în {zone}: mesajul va fi trimis la a doua {time} ({offset}), nu la prima ({otherOffset}).',
  'schedulePicker.useSecond': 'Trimite la a doua {time} ({offset})',
  'schedulePicker.useFirst': 'Trimite la prima {time} ({offset})',
  'schedulePicker.scheduled': 'Acest mesaj este programat.',
  'schedulePicker.scheduledFor': 'Programat pentru {date}, la {time} ({zone}).',
  'schedulePicker.cancel': 'Anulează programarea',
  'schedulePicker.cancelling': 'Se anulează…',
  'schedulePicker.cancelFailed': 'Programarea nu a putut fi anulată. Verifică conexiunea și încearcă din nou.',
  'schedulePicker.cancelled': 'Programarea a fost anulată: mesajul este din nou o ciornă.',
};
