import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { createAxigenClient } from '@inkwell/axigen-client';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import { createSendOutbox } from '@inkwell/compose-core';
import { InkwellProvider } from '@inkwell/react';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { SchedulePicker } from './SchedulePicker';

// Every story runs on a fixed clock in a fixed zone, so what it shows does not depend on the day it runs.
const clock = (iso: string) => () => Date.parse(iso);
const BUCHAREST = 'Europe/Bucharest';
const NEW_YORK = 'America/New_York';
// Temporal loads from its own chunk (or is the browser's own) before the choices appear.
const LOADED = { timeout: 10_000 };

const meta = {
  title: 'Widgets/SchedulePicker',
  component: SchedulePicker,
  tags: ['autodocs'],
  args: { onSchedule: fn(), timeZone: BUCHAREST, now: clock('2026-11-30T08:00:00Z') },
} satisfies Meta<typeof SchedulePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const presetsOf = async (canvasElement: HTMLElement) =>
  within(await within(canvasElement).findByRole('group', { name: 'Suggested times' }, LOADED)).getAllByRole('button');

/** Monday 10:00 in Bucharest: all three presets; a preset, then Schedule. */
export const Morning: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const presets = await presetsOf(canvasElement);
    await expect(presets.map((b) => b.querySelector('.ink-schedule-picker-preset-label')?.textContent)).toEqual([
      'Later today',
      'Tomorrow morning',
      'Next Monday morning',
    ]);
    const tomorrow = canvas.getByRole('button', { name: /Tomorrow morning/ });
    await userEvent.click(tomorrow);
    await expect(tomorrow).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /Tuesday, December 1, 2026 at 08:00 AM \(Europe\/Bucharest\)/,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Schedule' }));
    await expect(args.onSchedule).toHaveBeenCalledWith(
      expect.objectContaining({ epochSeconds: Date.parse('2026-12-01T06:00:00Z') / 1000 }),
    );
  },
};

/** 17:30: too late for "later today" (it needs an hour before 18:00). */
export const EveningAfterFive: Story = {
  args: { now: clock('2026-11-30T15:30:00Z') },
  play: async ({ canvasElement }) => {
    const presets = await presetsOf(canvasElement);
    await expect(presets).toHaveLength(2);
    await expect(within(canvasElement).queryByRole('button', { name: /Later today/ })).toBeNull();
    await expect(presets[0]).toHaveTextContent(/^Tomorrow morning/);
  },
};

/** 00:15: the coming morning is "this morning", by keyboard. */
export const JustAfterMidnight: Story = {
  args: { now: clock('2026-11-30T22:15:00Z') },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    await expect(canvas.queryByRole('button', { name: /Tomorrow morning/ })).toBeNull();
    const thisMorning = canvas.getByRole('button', { name: /This morning/ });
    thisMorning.focus();
    await userEvent.keyboard('{Enter}');
    await expect(thisMorning).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Tuesday, December 1, 2026 at 08:00 AM/);
    await expect(args.onSchedule).not.toHaveBeenCalled();
  },
};

/** Less than a minute ahead: refused with the reason. */
export const TooSoon: Story = {
  args: {
    now: clock('2026-11-30T07:59:30Z'),
    defaultValue: { date: '2026-11-30', time: '10:00', timeZone: BUCHAREST },
  },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Schedule at least one minute ahead, or send now.');
    await expect(canvas.getByLabelText('Time')).toHaveAttribute('aria-invalid', 'true');
    const schedule = canvas.getByRole('button', { name: 'Schedule' });
    await expect(schedule).toBeDisabled();
    await userEvent.click(schedule);
    await expect(args.onSchedule).not.toHaveBeenCalled();
  },
};

/** More than a year (365 days) ahead: refused, naming the last moment allowed. */
export const TooLate: Story = {
  args: {
    now: clock('2027-03-01T10:00:00Z'),
    defaultValue: { date: '2028-03-01', time: '12:00', timeZone: BUCHAREST },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /at most one year ahead: the latest is Tuesday, February 29, 2028 at 12:00 PM \(Europe\/Bucharest\)/,
    );
    await expect(canvas.getByLabelText('Date')).toHaveAttribute('max', '2028-02-29');
    await expect(canvas.getByRole('button', { name: 'Schedule' })).toBeDisabled();
  },
};

/** 03:30 on 28 March 2027 does not exist in Bucharest: the message says 04:30 is used. */
export const DstGap: Story = {
  args: { defaultValue: { date: '2027-03-28', time: '03:30', timeZone: BUCHAREST } },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveAttribute('data-tone', 'warning');
    await expect(status).toHaveTextContent(
      /03:30 AM doesn’t exist on Sunday, March 28, 2027 in Europe\/Bucharest: the mail will be sent at 04:30 AM\./,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Schedule' }));
    await expect(args.onSchedule).toHaveBeenCalledWith(
      expect.objectContaining({ epochSeconds: Date.parse('2027-03-28T01:30:00Z') / 1000 }),
    );
  },
};

/** 01:30 on 1 November 2026 happens twice in New York: the first one is used, or the second if the user asks. */
export const DstOverlap: Story = {
  args: {
    timeZone: NEW_YORK,
    now: clock('2026-10-30T12:00:00Z'),
    defaultValue: { date: '2026-11-01', time: '01:30', timeZone: NEW_YORK },
  },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /01:30 AM happens twice on Sunday, November 1, 2026 in America\/New_York: the mail will be sent at the first 01:30 AM \(UTC-04:00\), not the second \(UTC-05:00\)\./,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send at the second 01:30 AM (UTC-05:00) instead' }));
    await expect(canvas.getByRole('status')).toHaveTextContent(/sent at the second 01:30 AM \(UTC-05:00\)/);
    await userEvent.click(canvas.getByRole('button', { name: 'Schedule' }));
    await expect(args.onSchedule).toHaveBeenCalledWith(
      expect.objectContaining({ epochSeconds: Date.parse('2026-11-01T06:30:00Z') / 1000 }),
    );
  },
};

/** Samoa skipped 30 December 2011 when it crossed the date line: the message names the new date. */
export const SkippedDay: Story = {
  args: {
    timeZone: 'Pacific/Apia',
    now: clock('2011-12-30T06:00:00Z'),
    defaultValue: { date: '2011-12-30', time: '10:00', timeZone: 'Pacific/Apia' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const presets = await presetsOf(canvasElement);
    await expect(presets[0]).toHaveTextContent(/^Tomorrow morning Sat, Dec 31/);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /Friday, December 30, 2011 doesn’t exist in Pacific\/Apia \(the zone skipped that day\): the mail will be sent on Saturday, December 31, 2011 at 10:00 AM\./,
    );
  },
};

/** Another zone than the user's: both are shown. */
export const OtherZone: Story = {
  args: { defaultValue: { date: '2026-12-01', time: '09:00', timeZone: NEW_YORK } },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await presetsOf(canvasElement);
    const zone = canvas.getByRole('combobox', { name: 'Time zone' });
    await expect(zone).toHaveValue(NEW_YORK);
    await expect(canvas.getByRole('status')).toHaveTextContent(/04:00 PM in your time zone \(Europe\/Bucharest\)/);
    await userEvent.selectOptions(zone, BUCHAREST);
    await expect(canvas.getByRole('status')).toHaveTextContent(/at 09:00 AM \(Europe\/Bucharest\)\.$/);
  },
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  render: (args) => (
    <I18nProvider locale="ar" messages={ar}>
      <SchedulePicker {...args} />
    </I18nProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'أوقات مقترحة' }, LOADED);
    await expect(canvas.getByRole('group', { name: 'جدولة الإرسال' })).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('button', { name: 'جدولة' })).toBeDisabled();
  },
};

// An existing schedule, made on the emulator (behind MSW) by a real client, then cancelled back to Drafts.
const NOW = Date.parse('2026-11-30T08:00:00Z');
const emulator = createBrowserEmulator({ now: () => NOW });

function ExistingScheduleHost({ onScheduleCancelled }: { onScheduleCancelled: (mailId: string) => void }) {
  const [setup] = useState(() => {
    const client = createAxigenClient({ baseUrl: '' });
    return { client, outbox: createSendOutbox({ client, now: () => NOW }) };
  });
  const [scheduledId, setScheduledId] = useState<string>();
  useEffect(() => {
    let live = true;
    void (async () => {
      await setup.client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' });
      const deliveryTime = Date.parse('2026-12-01T06:00:00Z') / 1000;
      const { mailId } = await setup.client.scheduleSend({
        to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }],
        subject: 'Q3 report',
        bodyText: 'Tomorrow morning.',
        deliveryTime,
      });
      const item = setup.outbox.add({
        kind: 'scheduled',
        mailId,
        deliveryTime,
        subject: 'Q3 report',
        recipients: ['Bob'],
      });
      if (live) setScheduledId(item.id);
    })();
    return () => {
      live = false;
    };
  }, [setup]);
  return (
    <InkwellProvider client={setup.client} outbox={setup.outbox}>
      {scheduledId ? (
        <SchedulePicker
          scheduledId={scheduledId}
          timeZone={BUCHAREST}
          now={() => NOW}
          onScheduleCancelled={onScheduleCancelled}
        />
      ) : null}
    </InkwellProvider>
  );
}

/** A scheduled message: when it goes out, and "Cancel schedule" reopens it as a draft. */
export const ExistingSchedule: StoryObj<typeof ExistingScheduleHost> = {
  parameters: { msw: { handlers: createEmulatorHandlers(emulator, { tickIntervalMs: 0 }) } },
  args: { onScheduleCancelled: fn() },
  render: (args) => <ExistingScheduleHost {...args} />,
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const cancel = await canvas.findByRole('button', { name: 'Cancel schedule' }, LOADED);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /Scheduled for Tuesday, December 1, 2026 at 08:00 AM \(Europe\/Bucharest\)\./,
    );
    await userEvent.click(cancel);
    await waitFor(() => expect(args.onScheduleCancelled).toHaveBeenCalledWith(expect.any(String)));
    await expect(await canvas.findByText('Schedule cancelled: the message is a draft again.')).toBeVisible();
    await canvas.findByRole('group', { name: 'Suggested times' }, LOADED);
    // Nothing was delivered: the mail is a draft again.
    await expect(await emulator.controls.outbox()).toEqual([]);
  },
};
