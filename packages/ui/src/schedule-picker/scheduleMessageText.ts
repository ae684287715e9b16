import type { Translate } from '../i18n/useMessages';
import type { ScheduleEvaluation } from './evaluateSchedule';
import { formatDateIn, formatPlainDate, formatPlainTime, formatTimeIn } from './formatScheduleTime';
import type { SchedulePickerMessageKey } from './messages';

/** `info`: nothing wrong; `warning`: a DST gap or overlap decided the time; `error`: cannot be scheduled. */
export type ScheduleMessageTone = 'info' | 'warning' | 'error';

export interface ScheduleMessage {
  tone: ScheduleMessageTone;
  text: string;
  /** The same instant in the user's own zone, when the picked zone is another one. */
  detail?: string;
}

/** The picker's one message for an evaluation, in the UI language, dates and times formatted for `locale`. */
export function scheduleMessageText(
  evaluation: ScheduleEvaluation,
  value: { date: string; time: string; timeZone: string },
  { t, locale, userTimeZone }: { t: Translate<SchedulePickerMessageKey>; locale: string; userTimeZone: string },
): ScheduleMessage {
  const zone = value.timeZone;
  switch (evaluation.kind) {
    case 'empty':
      return { tone: 'info', text: t('schedulePicker.empty') };
    case 'incomplete':
      return { tone: 'info', text: t('schedulePicker.incomplete') };
    case 'invalid':
      return { tone: 'error', text: t('schedulePicker.invalid') };
    case 'refused': {
      const { refusal } = evaluation;
      if (refusal.code === 'too-late') {
        const latest = refusal.latest * 1000;
        return {
          tone: 'error',
          text: t('schedulePicker.tooLate', {
            date: formatDateIn(latest, zone, locale),
            time: formatTimeIn(latest, zone, locale),
            zone,
          }),
        };
      }
      return {
        tone: 'error',
        text: t(refusal.code === 'in-past' ? 'schedulePicker.inPast' : 'schedulePicker.tooSoon'),
      };
    }
    case 'ok': {
      const { instant } = evaluation;
      const at = instant.epochSeconds * 1000;
      const detail =
        zone === userTimeZone
          ? undefined
          : t('schedulePicker.summaryElsewhere', {
              date: formatDateIn(at, userTimeZone, locale),
              time: formatTimeIn(at, userTimeZone, locale),
              zone: userTimeZone,
            });
      const asked = {
        date: formatPlainDate(value.date, locale),
        time: formatPlainTime(value.time.slice(0, 5), locale),
        zone,
        newDate: formatDateIn(at, zone, locale),
        newTime: formatTimeIn(at, zone, locale),
      };
      const adjustment = instant.adjustment;
      let text: string;
      if (!adjustment) {
        text = t('schedulePicker.summary', { date: asked.newDate, time: asked.newTime, zone });
      } else if (adjustment.kind === 'overlap') {
        const second = adjustment.occurrence === 'second';
        text = t(second ? 'schedulePicker.overlapSecond' : 'schedulePicker.overlap', {
          ...asked,
          offset: `UTC${instant.offset}`,
          otherOffset: `UTC${(second ? adjustment.earlierOffset : adjustment.laterOffset) ?? ''}`,
        });
      } else if (adjustment.daySkipped) {
        text = t('schedulePicker.daySkipped', asked);
      } else {
        text = t(adjustment.dateChanged ? 'schedulePicker.gapNewDate' : 'schedulePicker.gap', asked);
      }
      return { tone: adjustment ? 'warning' : 'info', text, ...(detail ? { detail } : {}) };
    }
    default:
      return evaluation satisfies never;
  }
}
