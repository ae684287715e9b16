import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { AxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox } from '@inkwell/compose-core';
import { loadTemporal, type ScheduledInstant } from '@inkwell/compose-core/schedule';
import { InkwellProvider } from '@inkwell/react';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { ro } from '../locales/ro';
import type { ScheduleValue } from './evaluateSchedule';
import { LazySchedulePicker } from './LazySchedulePicker';
import { SchedulePicker, type SchedulePickerProps } from './SchedulePicker';

const BUCHAREST = 'Europe/Bucharest';
const NEW_YORK = 'America/New_York';
const at = (iso: string) => () => Date.parse(iso);
const s = (iso: string) => Date.parse(iso) / 1000;
// The first dynamic import of the polyfill can take a while on a loaded machine.
const LOAD_TIMEOUT = 10_000;
// Warm the polyfill's module once, so no single test pays its first load (the picker still loads it itself).
beforeAll(async () => {
  await loadTemporal();
}, 30_000);

async function renderPicker(props: SchedulePickerProps) {
  const user = userEvent.setup();
  const utils = render(<SchedulePicker {...props} />);
  // Temporal comes from its own chunk (the polyfill under jsdom): the presets appear once it is there.
  await screen.findByRole('group', { name: 'Suggested times' }, { timeout: LOAD_TIMEOUT });
  return { ...utils, user };
}

const presetNames = () =>
  within(screen.getByRole('group', { name: 'Suggested times' }))
    .getAllByRole('button')
    .map((b) => b.textContent);
const message = () => screen.getByRole('status');
const confirm = () => screen.getByRole('button', { name: 'Schedule' });

async function pick(user: ReturnType<typeof userEvent.setup>, date: string, time: string) {
  const dateInput = screen.getByLabelText('Date');
  const timeInput = screen.getByLabelText('Time');
  await user.clear(dateInput);
  await user.type(dateInput, date);
  await user.clear(timeInput);
  await user.type(timeInput, time);
}

// Rendering 400-odd zone options under user-event is slow on a loaded 2-core machine: a generous budget, not a timing.
describe('SchedulePicker', { timeout: 20_000 }, () => {
  describe('presets with a fixed clock', () => {
    it('a Monday morning in Bucharest: later today, tomorrow morning, next Monday; a preset schedules its instant', async () => {
      const onSchedule = vi.fn<(instant: ScheduledInstant) => void>();
      const { user } = await renderPicker({ now: at('2026-11-30T08:00:00Z'), timeZone: BUCHAREST, onSchedule });
      expect(presetNames()).toEqual([
        'Later today Mon, Nov 30, 06:00 PM',
        'Tomorrow morning Tue, Dec 1, 08:00 AM',
        'Next Monday morning Mon, Dec 7, 08:00 AM',
      ]);
      expect(message()).toHaveTextContent('Choose a suggested time, or a date and time.');
      expect(confirm()).toBeDisabled();

      const tomorrow = screen.getByRole('button', { name: /Tomorrow morning/ });
      await user.click(tomorrow);
      expect(tomorrow).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByLabelText('Date')).toHaveValue('2026-12-01');
      expect(screen.getByLabelText('Time')).toHaveValue('08:00');
      expect(message()).toHaveTextContent(
        'The mail will be sent on Tuesday, December 1, 2026 at 08:00 AM (Europe/Bucharest).',
      );
      await user.click(confirm());
      expect(onSchedule).toHaveBeenCalledTimes(1);
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-12-01T06:00:00Z') });
    });

    it('in the evening after 17:00 there is no "later today"', async () => {
      await renderPicker({ now: at('2026-11-30T15:30:00Z'), timeZone: BUCHAREST });
      expect(presetNames()).toEqual([
        'Tomorrow morning Tue, Dec 1, 08:00 AM',
        'Next Monday morning Mon, Dec 7, 08:00 AM',
      ]);
    });

    it('just after midnight, "this morning" replaces "tomorrow morning"', async () => {
      await renderPicker({ now: at('2026-11-30T22:15:00Z'), timeZone: BUCHAREST }); // Tue 00:15
      expect(presetNames()).toEqual([
        'Later today Tue, Dec 1, 06:00 PM',
        'This morning Tue, Dec 1, 08:00 AM',
        'Next Monday morning Mon, Dec 7, 08:00 AM',
      ]);
    });

    it('New York on the night the clocks go forward (8 March 2026, 00:30): 08:00 is EDT', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2026-03-08T05:30:00Z'), timeZone: NEW_YORK, onSchedule });
      await user.click(screen.getByRole('button', { name: /This morning/ }));
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-03-08T12:00:00Z') });
    });

    it('New York the evening before the clocks go back (1 November 2026): 08:00 is EST', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2026-11-01T01:00:00Z'), timeZone: NEW_YORK, onSchedule });
      await user.click(screen.getByRole('button', { name: /Tomorrow morning/ }));
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-11-01T13:00:00Z') });
    });

    it('drops "later today" as the clock passes 17:00', async () => {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      try {
        let clock = Date.parse('2026-11-30T14:59:45Z'); // 16:59:45 in Bucharest
        render(<SchedulePicker now={() => clock} timeZone={BUCHAREST} />);
        await screen.findByRole('button', { name: /Later today/ }, { timeout: LOAD_TIMEOUT });
        clock += 30_000;
        await act(() => vi.advanceTimersByTimeAsync(30_000));
        expect(screen.queryByRole('button', { name: /Later today/ })).toBeNull();
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('a custom date and time', () => {
    it('refuses a time less than a minute ahead, or in the past, with the reason', async () => {
      const { user } = await renderPicker({ now: at('2026-11-30T07:59:30Z'), timeZone: BUCHAREST }); // 09:59:30
      await pick(user, '2026-11-30', '10:00');
      expect(message()).toHaveTextContent('Schedule at least one minute ahead, or send now.');
      expect(message()).toHaveAttribute('data-tone', 'error');
      expect(screen.getByLabelText('Time')).toHaveAttribute('aria-invalid', 'true');
      expect(confirm()).toBeDisabled();
      await pick(user, '2026-11-30', '09:59');
      expect(message()).toHaveTextContent('That time has already passed. Choose a time in the future.');
    });

    it('refuses more than a year ahead and names the last moment (365 days)', async () => {
      const { user } = await renderPicker({ now: at('2027-03-01T10:00:00Z'), timeZone: BUCHAREST });
      expect(screen.getByLabelText('Date')).toHaveAttribute('max', '2028-02-29');
      await pick(user, '2028-03-01', '12:00');
      expect(message()).toHaveTextContent(
        'Mail can be scheduled at most one year ahead: the latest is Tuesday, February 29, 2028 at 12:00 PM (Europe/Bucharest).',
      );
      expect(confirm()).toBeDisabled();
      await pick(user, '2028-02-29', '12:00');
      expect(confirm()).toBeEnabled();
    });

    it('a DST gap says which time will be used (Bucharest, 28 March 2027 03:30)', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2026-11-30T08:00:00Z'), timeZone: BUCHAREST, onSchedule });
      await pick(user, '2027-03-28', '03:30');
      expect(message()).toHaveTextContent(
        '03:30 AM doesn’t exist on Sunday, March 28, 2027 in Europe/Bucharest: the mail will be sent at 04:30 AM.',
      );
      expect(message()).toHaveAttribute('data-tone', 'warning');
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2027-03-28T01:30:00Z'), time: '04:30' });
    });

    it('a DST overlap says the first one is used (New York, 1 November 2026 01:30)', async () => {
      const { user } = await renderPicker({ now: at('2026-10-30T12:00:00Z'), timeZone: NEW_YORK });
      await pick(user, '2026-11-01', '01:30');
      expect(message()).toHaveTextContent(
        '01:30 AM happens twice on Sunday, November 1, 2026 in America/New_York: the mail will be sent at the first 01:30 AM (UTC-04:00), not the second (UTC-05:00).',
      );
    });

    it('lets the user take the second occurrence instead, and forgets the choice when the time changes', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2026-10-30T12:00:00Z'), timeZone: NEW_YORK, onSchedule });
      await pick(user, '2026-11-01', '01:30');
      await user.click(screen.getByRole('button', { name: 'Send at the second 01:30 AM (UTC-05:00) instead' }));
      expect(message()).toHaveTextContent(
        '01:30 AM happens twice on Sunday, November 1, 2026 in America/New_York: the mail will be sent at the second 01:30 AM (UTC-05:00), not the first (UTC-04:00).',
      );
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-11-01T06:30:00Z') });
      await user.click(screen.getByRole('button', { name: 'Send at the first 01:30 AM (UTC-04:00) instead' }));
      expect(message()).toHaveTextContent('the mail will be sent at the first 01:30 AM (UTC-04:00)');
      await user.click(screen.getByRole('button', { name: 'Send at the second 01:30 AM (UTC-05:00) instead' }));
      await pick(user, '2026-11-01', '01:45');
      expect(message()).toHaveTextContent('the mail will be sent at the first 01:45 AM (UTC-04:00)');
      await pick(user, '2026-11-01', '03:00');
      expect(screen.queryByRole('button', { name: /^Send at the/ })).toBeNull();
    });

    it('names the new date when a DST gap crosses midnight (America/Nuuk, 28 March 2026 23:30)', async () => {
      const { user } = await renderPicker({ now: at('2026-03-01T12:00:00Z'), timeZone: 'America/Nuuk' });
      await pick(user, '2026-03-28', '23:30');
      expect(message()).toHaveTextContent(
        '11:30 PM doesn’t exist on Saturday, March 28, 2026 in America/Nuuk: the mail will be sent on Sunday, March 29, 2026 at 12:30 AM.',
      );
    });

    it('names the new date when the zone skipped the day (Pacific/Apia, 30 December 2011)', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2011-12-30T06:00:00Z'), timeZone: 'Pacific/Apia', onSchedule }); // 29 Dec 20:00
      // The presets skip the missing day too.
      expect(presetNames()[0]).toMatch(/^Tomorrow morning Sat, Dec 31/);
      await pick(user, '2011-12-30', '10:00');
      expect(message()).toHaveTextContent(
        'Friday, December 30, 2011 doesn’t exist in Pacific/Apia (the zone skipped that day): the mail will be sent on Saturday, December 31, 2011 at 10:00 AM.',
      );
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({
        epochSeconds: s('2011-12-30T20:00:00Z'),
        date: '2011-12-31',
      });
    });

    it('shows the zone, lets the user change it, and says what that is in their own zone', async () => {
      const onSchedule = vi.fn();
      const { user } = await renderPicker({ now: at('2026-11-30T08:00:00Z'), timeZone: BUCHAREST, onSchedule });
      const zone = screen.getByRole('combobox', { name: 'Time zone' });
      expect(zone).toHaveValue(BUCHAREST);
      await user.selectOptions(zone, NEW_YORK);
      await pick(user, '2026-12-01', '09:00');
      expect(message()).toHaveTextContent(
        'The mail will be sent on Tuesday, December 1, 2026 at 09:00 AM (America/New_York).',
      );
      expect(message()).toHaveTextContent(
        'That is Tuesday, December 1, 2026 at 04:00 PM in your time zone (Europe/Bucharest).',
      );
      await user.click(confirm());
      expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-12-01T14:00:00Z') });
    });
  });

  it('is controlled by value / onValueChange', async () => {
    const changes: ScheduleValue[] = [];
    function Host() {
      const [value, setValue] = useState<ScheduleValue>({ date: '2026-12-02', time: '14:00', timeZone: BUCHAREST });
      return (
        <SchedulePicker
          now={at('2026-11-30T08:00:00Z')}
          timeZone={BUCHAREST}
          value={value}
          onValueChange={(next) => {
            changes.push(next);
            setValue(next);
          }}
        />
      );
    }
    const user = userEvent.setup();
    render(<Host />);
    await screen.findByRole('group', { name: 'Suggested times' }, { timeout: LOAD_TIMEOUT });
    expect(screen.getByLabelText('Time')).toHaveValue('14:00');
    await user.click(screen.getByRole('button', { name: /Next Monday morning/ }));
    expect(changes.at(-1)).toEqual({ date: '2026-12-07', time: '08:00', timeZone: BUCHAREST });
    expect(screen.getByLabelText('Date')).toHaveValue('2026-12-07');
  });

  it('works by keyboard alone: Tab to a preset, Space, Tab to Schedule, Enter', async () => {
    const onSchedule = vi.fn();
    const { user } = await renderPicker({ now: at('2026-11-30T08:00:00Z'), timeZone: BUCHAREST, onSchedule });
    await user.tab();
    expect(screen.getByRole('button', { name: /Later today/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /Tomorrow morning/ })).toHaveFocus();
    await user.keyboard(' ');
    // date, time, zone, then Schedule
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(confirm()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-12-01T06:00:00Z') });
  });

  it('stays busy while the host schedules, and cannot schedule twice', async () => {
    let finish = () => {};
    const onSchedule = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user, container } = await renderPicker({
      now: at('2026-11-30T08:00:00Z'),
      timeZone: BUCHAREST,
      onSchedule,
    });
    await user.click(screen.getByRole('button', { name: /Tomorrow morning/ }));
    await user.click(confirm());
    const busy = screen.getByRole('button', { name: 'Scheduling…' });
    expect(busy).toBeDisabled();
    expect(container.querySelector('[data-state="scheduling"]')).not.toBeNull();
    await user.click(busy);
    expect(onSchedule).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(confirm()).toBeEnabled();
  });

  it('speaks Romanian and Arabic, with dates in that language', async () => {
    const now = at('2026-11-30T08:00:00Z');
    const { unmount } = render(
      <I18nProvider locale="ro" messages={ro}>
        <SchedulePicker now={now} timeZone={BUCHAREST} />
      </I18nProvider>,
    );
    const presets = await screen.findByRole('group', { name: 'Ore sugerate' }, { timeout: LOAD_TIMEOUT });
    expect(within(presets).getByRole('button', { name: /^Mâine dimineață/ })).toHaveTextContent('mar., 1 dec., 08:00');
    expect(screen.getByRole('group', { name: 'Programează trimiterea' })).toHaveAttribute('dir', 'ltr');
    unmount();
    render(
      <I18nProvider locale="ar" messages={ar}>
        <SchedulePicker now={now} timeZone={BUCHAREST} />
      </I18nProvider>,
    );
    await screen.findByRole('group', { name: 'أوقات مقترحة' });
    expect(screen.getByRole('group', { name: 'جدولة الإرسال' })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: /^صباح الغد/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'جدولة' })).toBeDisabled();
  });

  describe('an existing schedule', () => {
    function withOutbox(cancelScheduledSend: AxigenClient['cancelScheduledSend']) {
      // Only what the picker and the provider touch; a client that logs in again by itself.
      const client = { cancelScheduledSend, auth: { canRelogin: true } } as unknown as AxigenClient;
      // The outbox's clock is the picker's: on a real clock the schedule would have gone out by now.
      const outbox = createSendOutbox({ client, now: at('2026-11-30T08:00:00Z') });
      const item = outbox.add({
        kind: 'scheduled',
        mailId: 'sched-1',
        deliveryTime: s('2026-12-01T06:00:00Z'),
        subject: 'Q3 report',
        recipients: ['Ana Pop'],
      });
      const onScheduleCancelled = vi.fn();
      const user = userEvent.setup();
      render(
        <InkwellProvider client={client} outbox={outbox} queryClient={new QueryClient()}>
          <SchedulePicker
            now={at('2026-11-30T08:00:00Z')}
            timeZone={BUCHAREST}
            scheduledId={item.id}
            onScheduleCancelled={onScheduleCancelled}
          />
        </InkwellProvider>,
      );
      return { user, onScheduleCancelled };
    }

    it('shows when it goes out and cancels it back to a draft', async () => {
      const cancel = vi.fn(async () => ({ mailId: 'draft-7' }));
      const { user, onScheduleCancelled } = withOutbox(cancel);
      expect(screen.getByRole('status')).toHaveTextContent(
        'Scheduled for Tuesday, December 1, 2026 at 08:00 AM (Europe/Bucharest).',
      );
      await user.click(screen.getByRole('button', { name: 'Cancel schedule' }));
      expect(cancel).toHaveBeenCalledWith('sched-1');
      expect(onScheduleCancelled).toHaveBeenCalledWith('draft-7');
      expect(await screen.findByText('Schedule cancelled: the message is a draft again.')).toBeInTheDocument();
      expect(
        await screen.findByRole('group', { name: 'Suggested times' }, { timeout: LOAD_TIMEOUT }),
      ).toBeInTheDocument();
    });

    it('says so when the cancel fails, and keeps the schedule', async () => {
      const { user, onScheduleCancelled } = withOutbox(vi.fn(async () => Promise.reject(new TypeError('offline'))));
      await user.click(screen.getByRole('button', { name: 'Cancel schedule' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The schedule could not be cancelled. Check your connection and try again.',
      );
      expect(screen.getByRole('button', { name: 'Cancel schedule' })).toBeEnabled();
      expect(onScheduleCancelled).not.toHaveBeenCalled();
    });
  });
});

describe('SchedulePicker with a zone the engine does not know', () => {
  it('says the value is invalid instead of failing', async () => {
    render(
      <SchedulePicker
        now={at('2026-11-30T08:00:00Z')}
        timeZone={BUCHAREST}
        defaultValue={{ date: '2026-12-01', time: '08:00', timeZone: 'Mars/Olympus' }}
      />,
    );
    expect(
      await screen.findByText('That is not a valid date and time.', undefined, { timeout: LOAD_TIMEOUT }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Suggested times' })).toBeNull();
    expect(confirm()).toBeDisabled();
  });
});

describe('LazySchedulePicker', () => {
  it('says it is loading, then is the same picker', async () => {
    const onSchedule = vi.fn();
    const user = userEvent.setup();
    render(<LazySchedulePicker now={at('2026-11-30T08:00:00Z')} timeZone={BUCHAREST} onSchedule={onSchedule} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the calendar…');
    await user.click(await screen.findByRole('button', { name: /Tomorrow morning/ }, { timeout: LOAD_TIMEOUT }));
    await user.click(confirm());
    expect(onSchedule.mock.calls[0]?.[0]).toMatchObject({ epochSeconds: s('2026-12-01T06:00:00Z') });
  });
});
