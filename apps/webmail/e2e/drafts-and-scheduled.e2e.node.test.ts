import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecipient, composeDock, editDraft, findRow, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// Drafts reopen into compose; a scheduled mail can be cancelled (back to Drafts) or moved to another time, and is
// then delivered once, at the new time.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

/** Schedules a mail as alice straight through the API (header login), `inMs` after the emulator's now. */
async function scheduleThroughApi(subject: string, inMs: number): Promise<void> {
  const { now } = await app.control<{ now: number }>('clock');
  const authorization = `Basic ${Buffer.from('alice@inkwell.test:wonderland').toString('base64')}`;
  const login = await fetch(new URL('/api/v1/login', app.url), {
    method: 'POST',
    headers: { Authorization: authorization },
  });
  const { sessid } = (await login.json()) as { sessid: string };
  const response = await fetch(new URL('/api/v1/mails/send/schedule', app.url), {
    method: 'POST',
    headers: { Authorization: authorization, 'X-Axigen-Session': sessid, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      to: 'bob@inkwell.test',
      subject,
      bodyText: `${subject}.`,
      deliveryTime: Math.floor((now + inMs) / 1000),
    }),
  });
  expect(response.ok).toBe(true);
}

/** Writes a message to bob in a new window and schedules it for the first morning the picker offers. */
async function scheduleFromCompose(subject: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New message' }).click();
  const compose = composeDock(page).getByRole('dialog', { name: 'New message' });
  await addRecipient(compose, 'To', 'bob@inkwell.test');
  await compose.getByRole('textbox', { name: 'Subject' }).fill(subject);
  // The window is named after its subject from now on.
  const named = composeDock(page).getByRole('dialog', { name: subject });
  await named.getByRole('button', { name: 'More send options' }).click();
  await page.getByRole('menuitem', { name: 'Schedule send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule send' });
  await dialog.getByRole('button', { name: /^(Tomorrow|This) morning/ }).click();
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await named.waitFor({ state: 'detached' });
}

const folderButton = (name: string) =>
  app.page.getByRole('navigation', { name: 'Folders' }).getByRole('button', { name: new RegExp(`^${name}`) });

it('reopens a draft from Drafts into compose', { timeout: 90_000 }, async () => {
  const { page } = app;
  await signIn(page, app.url);
  const { compose } = await editDraft(page);
  await compose.getByRole('button', { name: 'Close', exact: true }).click();
  await compose.waitFor({ state: 'detached' });
});

it(
  'a schedule cancelled from the Scheduled folder closes its notice, which would otherwise offer a cancel that fails',
  { timeout: 90_000 },
  async () => {
    const { page } = app;
    await signIn(page, app.url);
    await scheduleFromCompose('Cancelled from the folder');
    const notice = page
      .getByRole('region', { name: 'Notifications' })
      .getByText('“Cancelled from the folder” to bob@inkwell.test');
    await notice.waitFor();

    await folderButton('Scheduled').click();
    const scheduled = page.getByRole('listbox', { name: /^Scheduled/ });
    await (await findRow(scheduled, /Cancelled from the folder/)).click();
    // The notice also closes by itself after 10 s: it must still be there when the folder cancels, or the check
    // below would pass without the fix.
    await expect(notice.count()).resolves.toBe(1);
    await page
      .getByRole('group', { name: 'Scheduled sending' })
      .getByRole('button', { name: 'Cancel sending' })
      .click();
    await page.getByRole('status').filter({ hasText: 'back in Drafts' }).waitFor();
    await expect(notice.count()).resolves.toBe(0);
  },
);

it(
  'cancels one scheduled mail and reschedules another, delivered once at the new time',
  { timeout: 120_000 },
  async () => {
    const { page, control } = app;
    await scheduleThroughApi('Cancel me', 2 * 3600_000);
    await scheduleThroughApi('Move me', 2 * 3600_000);
    await page.reload();
    await signIn(page, app.url);
    await folderButton('Scheduled').click();
    const scheduled = page.getByRole('listbox', { name: /^Scheduled/ });
    await expect.poll(() => scheduled.getByRole('option').count(), { timeout: 15_000 }).toBe(2);

    await (await findRow(scheduled, /Cancel me/)).click();
    await page.getByRole('button', { name: 'Cancel sending' }).click();
    await page.getByRole('status').filter({ hasText: 'back in Drafts' }).waitFor();
    await page.getByRole('button', { name: 'Edit the draft' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: 'Cancel me' });
    await expect
      .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe('Cancel me');
    await compose.getByRole('button', { name: 'Close', exact: true }).click();

    await expect.poll(() => scheduled.getByRole('option').count(), { timeout: 15_000 }).toBe(1);
    await (await findRow(scheduled, /Move me/)).click();
    const later = await page.evaluate(() => {
      const d = new Date(Date.now() + 5 * 3600_000);
      d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
      return d.toISOString().slice(0, 16);
    });
    await page.getByLabel('New time').fill(later);
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await page.getByRole('status').filter({ hasText: 'Rescheduled for' }).waitFor();
    await expect.poll(() => scheduled.getByRole('option').count(), { timeout: 15_000 }).toBe(1);
    // The list shows the new time (the API would not tell it).
    const [hours = '0', minutes = ''] = later.slice(11).split(':');
    const clock = `${Number(hours) % 12 || 12}:${minutes}\\s${Number(hours) < 12 ? 'AM' : 'PM'}`;
    await expect
      .poll(async () => (await findRow(scheduled, /Move me/)).innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`Sends\\s+\\w{3}, \\w{3} \\d{1,2}, ${clock}`));

    // Past the old time: nothing; past the new one: delivered once. The cancelled one never.
    await control('clock', { method: 'POST', body: { advanceMs: 3 * 3600_000 } });
    const early = await control<{ subject: string }[]>('outbox');
    expect(early.filter((m) => m.subject === 'Move me' || m.subject === 'Cancel me')).toEqual([]);
    await control('clock', { method: 'POST', body: { advanceMs: 3 * 3600_000 } });
    const outbox = await control<{ subject: string }[]>('outbox');
    expect(outbox.filter((m) => m.subject === 'Move me')).toHaveLength(1);
    expect(outbox.filter((m) => m.subject === 'Cancel me')).toHaveLength(0);
    // Back to now: the next test schedules for a time the browser offers ("This morning" is 08:00), which the server
    // 6 h on would find past (runs after 02:00 failed).
    await control('clock', { method: 'POST', body: { set: Date.now() } });
  },
);

it(
  'confirms a schedule with its time; Cancel sending on the notice reopens the message as a draft',
  {
    timeout: 90_000,
  },
  async () => {
    const { page, control } = app;
    await signIn(page, app.url);
    const close = composeDock(page).getByRole('button', { name: 'Close', exact: true });
    while ((await close.count()) > 0) await close.first().click();
    await scheduleFromCompose('Second thoughts, later');
    // The notice says when it goes, in the user's words.
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText(/^Scheduled for \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2}\s?(AM|PM)$/).waitFor();
    await notices.getByText('“Second thoughts, later” to bob@inkwell.test').waitFor();
    await notices.getByRole('button', { name: 'Cancel sending' }).click();
    await notices.getByText('Sending cancelled. The draft is open again.').waitFor();
    const reopened = composeDock(page).getByRole('dialog', { name: 'Second thoughts, later' });
    await expect
      .poll(() => reopened.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe('Second thoughts, later');
    await reopened.getByRole('button', { name: 'Close', exact: true }).click();
    // Nothing goes out at the time it had.
    await control('clock', { method: 'POST', body: { advanceMs: 2 * 24 * 3600_000 } });
    const outbox = await control<{ subject: string }[]>('outbox');
    expect(outbox.filter((m) => m.subject === 'Second thoughts, later')).toEqual([]);
  },
);

it(
  'Scheduled shows when each mail goes where this device scheduled it, also after a reload, and says when it cannot',
  { timeout: 90_000 },
  async () => {
    const { page, control } = app;
    await control('clock', { method: 'POST', body: { set: Date.now() } });
    await signIn(page, app.url);
    const close = composeDock(page).getByRole('button', { name: 'Close', exact: true });
    while ((await close.count()) > 0) await close.first().click();
    await scheduleFromCompose('Due at eight');
    await scheduleThroughApi('Scheduled elsewhere', 2 * 3600_000);
    await page.reload();
    await signIn(page, app.url);
    // The picker's morning is 08:00 on this device's clock, and that is the time kept.
    const kept = await page.evaluate(() =>
      Object.values(
        JSON.parse(localStorage.getItem('inkwell-webmail:scheduled-times:alice@inkwell.test') ?? '{}') as Record<
          string,
          number
        >,
      ).map((s) => [new Date(s * 1000).getHours(), new Date(s * 1000).getMinutes()]),
    );
    expect(kept).toContainEqual([8, 0]);
    await folderButton('Scheduled').click();
    const scheduled = page.getByRole('listbox', { name: /^Scheduled/ });
    const due = await findRow(scheduled, /Due at eight/);
    expect(await due.innerText()).toMatch(/Sends\s+\w{3}, \w{3} \d{1,2}, 8:00\sAM/);
    await due.click();
    const pane = page.getByRole('region', { name: 'Reading pane' });
    await pane.getByText(/^\w+day, \w+ \d{1,2}, \d{4} at 8:00\sAM$/).waitFor();
    await (await findRow(scheduled, /Scheduled elsewhere/)).click();
    await pane
      .getByText('Not known on this device: it was scheduled elsewhere, and the server does not say when it goes')
      .waitFor();
  },
);

it(
  'on a device whose clock is 6 h behind the server, the schedule dialog says so and takes the server’s time',
  { timeout: 90_000 },
  async () => {
    const { page, control } = app;
    await control('clock', { method: 'POST', body: { set: Date.now() + 6 * 3600_000 } });
    try {
      await signIn(page, app.url);
      const close = composeDock(page).getByRole('button', { name: 'Close', exact: true });
      while ((await close.count()) > 0) await close.first().click();
      await page.getByRole('button', { name: 'New message' }).click();
      const compose = composeDock(page).getByRole('dialog', { name: 'New message' });
      await addRecipient(compose, 'To', 'bob@inkwell.test');
      await compose.getByRole('textbox', { name: 'Subject' }).fill('Clock check');
      const named = composeDock(page).getByRole('dialog', { name: 'Clock check' });
      // Saved: the server has answered since its clock moved.
      await named
        .getByRole('status')
        .filter({ hasText: /^Saved/ })
        .waitFor({ timeout: 15_000 });
      await named.getByRole('button', { name: 'More send options' }).click();
      await page.getByRole('menuitem', { name: 'Schedule send' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule send' });
      await dialog
        .getByText(
          'This device’s clock is 6 hours behind the mail server’s. The suggested times and the checks here use the server’s time.',
        )
        .waitFor({ timeout: 15_000 });
      // Two hours ahead by this device's clock is four hours ago by the server's.
      const [date, time] = await page.evaluate(() => {
        const d = new Date(Date.now() + 2 * 3600_000);
        d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
        return [d.toISOString().slice(0, 10), d.toISOString().slice(11, 16)] as const;
      });
      await dialog.getByLabel('Date', { exact: true }).fill(date);
      await dialog.getByLabel('Time', { exact: true }).fill(time);
      await dialog.getByText('That time has already passed. Choose a time in the future.').waitFor();
      expect(await dialog.getByRole('button', { name: 'Schedule', exact: true }).isDisabled()).toBe(true);
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await named.getByRole('button', { name: 'Discard draft' }).click();
      await page.getByRole('button', { name: 'Discard', exact: true }).click();
      await named.waitFor({ state: 'detached' });

      // A scheduled mail moved to that time is refused before it leaves Scheduled.
      await scheduleThroughApi('Keep my time', 2 * 3600_000);
      await page.reload();
      await signIn(page, app.url);
      await folderButton('Scheduled').click();
      const scheduled = page.getByRole('listbox', { name: /^Scheduled/ });
      await (await findRow(scheduled, /Keep my time/)).click();
      await page.getByLabel('New time').fill(`${date}T${time}`);
      await page.getByRole('button', { name: 'Reschedule' }).click();
      await page.getByRole('alert').filter({ hasText: 'That time has already passed.' }).waitFor();
      expect(await (await findRow(scheduled, /Keep my time/)).isVisible()).toBe(true);
      await control('clock', { method: 'POST', body: { advanceMs: 3 * 3600_000 } });
      const outbox = await control<{ subject: string }[]>('outbox');
      expect(outbox.filter((m) => m.subject === 'Keep my time')).toHaveLength(1);
    } finally {
      await control('clock', { method: 'POST', body: { set: Date.now() } });
    }
  },
);
