import { expect, it } from 'vitest';
import { setUpFaultBench, type FaultRule } from './faultBench';
import { composeDock, signIn, waitForUndoToast } from './openWebmail';

// Issues 8 and 13 in Chromium: send, undo and schedule whose answers are lost (the emulator does the work, then
// answers 500 or drops the connection). The app never sends twice, and never invites a Send that would.
const bench = setUpFaultBench();
const { fault, mailsIn, delivered, compose } = bench;

/** Sends the window with Send; the answer to it is lost as `rule` says. */
async function sendThroughLostAnswer(subject: string, text: string, rule: Omit<FaultRule, 'method' | 'path'>) {
  const window = await compose(subject);
  await bench.app.page.keyboard.type(text);
  await fault({ method: 'POST', path: '/api/v1/drafts/*/send', phase: 'after', ...rule });
  await window.getByRole('button', { name: 'Send', exact: true }).click();
  return window;
}

for (const [how, rule] of [
  ['answered 500', { status: 500 }],
  ['its connection dropped', { drop: true }],
] as const) {
  it(`a send whose answer was lost (${how}) is shown as sent and delivered once`, { timeout: 90_000 }, async () => {
    const { page, control, url } = bench.app;
    await signIn(page, url);
    const subject = `Sent once, ${how}`;
    const window = await sendThroughLostAnswer(subject, 'Only one copy of this.', rule);
    // The window goes (the mail is sent), the notice says so, and nothing invites a second Send.
    await window.waitFor({ state: 'detached', timeout: 30_000 });
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText('Message sent. It can no longer be undone.')
      .waitFor({ timeout: 30_000 });
    await expect(page.getByRole('alert').filter({ hasText: /\S/ }).allInnerTexts()).resolves.toEqual([]);
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    const sent = await delivered(subject);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('Only one copy of this.');
    await expect(mailsIn('drafts', subject)).resolves.toEqual([]);
  });
}

for (const [how, rule] of [
  ['answered 500', { status: 500 }],
  ['its connection dropped', { drop: true }],
] as const) {
  it(
    `an undo whose answer was lost (${how}) brings the draft back; sent again, it is delivered once`,
    { timeout: 90_000 },
    async () => {
      const { page, control, url } = bench.app;
      await signIn(page, url);
      const subject = `Undone, ${how}`;
      const window = await compose(subject);
      await page.keyboard.type('Second thoughts.');
      await window.getByRole('button', { name: 'Send', exact: true }).click();
      await waitForUndoToast(page);
      await fault({ method: 'POST', path: '/api/v1/mails/send/undo', phase: 'after', ...rule });
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      const notices = page.getByRole('region', { name: 'Notifications' });
      await notices.getByText('Sending cancelled. The draft is open again.').waitFor({ timeout: 30_000 });
      const reopened = composeDock(page).getByRole('dialog', { name: subject });
      await expect
        .poll(() => reopened.getByRole('textbox', { name: 'Message body' }).innerText(), { timeout: 15_000 })
        .toMatch(/^Second thoughts\.\n/);
      await expect(mailsIn('drafts', subject)).resolves.toHaveLength(1);
      await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
      await expect(delivered(subject)).resolves.toEqual([]);

      await reopened.getByRole('button', { name: 'Send', exact: true }).click();
      await reopened.waitFor({ state: 'detached' });
      await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
      await expect(delivered(subject)).resolves.toHaveLength(1);
      await expect(mailsIn('drafts', subject)).resolves.toEqual([]);
    },
  );
}

it(
  'Undo pressed offline, with the connection back only after the undo window, says the undo never reached the server; it went once',
  { timeout: 90_000 },
  async () => {
    const { page, context, control, url } = bench.app;
    await signIn(page, url);
    const subject = 'Undo from a tunnel';
    const window = await compose(subject);
    await page.keyboard.type('Sent before the tunnel.');
    await window.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForUndoToast(page);
    const notices = page.getByRole('region', { name: 'Notifications' });
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      // Tried until the window closes (10 s); offline all along, no try reached the server, so the message went.
      await notices
        .getByText('You are offline: the undo could not reach the server, and the message has been sent.')
        .waitFor({ timeout: 30_000 });
      await expect(notices.getByText(/Sending cancelled/).count()).resolves.toBe(0);
    } finally {
      await context.setOffline(false);
    }
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    await expect.poll(async () => (await delivered(subject)).length).toBe(1);
    await expect(mailsIn('drafts', subject)).resolves.toEqual([]);
    await expect(composeDock(page).getByRole('dialog', { name: subject }).count()).resolves.toBe(0);
  },
);

// Last in this file: it moves the emulator's clock by days (sessions expire).
it(
  'a schedule whose answer was lost (500, dropped) is scheduled once and delivered once',
  { timeout: 120_000 },
  async () => {
    const { page, control, url } = bench.app;
    await signIn(page, url);
    const cases = [
      ['Scheduled once, answered 500', { status: 500 }],
      ['Scheduled once, its connection dropped', { drop: true }],
    ] as const;
    for (const [subject, rule] of cases) {
      const window = await compose(subject);
      await page.keyboard.type('One copy, tomorrow.');
      await fault({ method: 'POST', path: '/api/v1/drafts/*/send/schedule', phase: 'after', ...rule });
      await window.getByRole('button', { name: 'More send options' }).click();
      await page.getByRole('menuitem', { name: 'Schedule send' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule send' });
      // In the small hours the morning preset is "This morning" (schedulePresets).
      await dialog.getByRole('button', { name: /^(Tomorrow|This) morning/ }).click();
      await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
      // The window goes: scheduled, with no error inviting a second try.
      await window.waitFor({ state: 'detached', timeout: 30_000 });
      await expect(page.getByRole('alert').filter({ hasText: /\S/ }).allInnerTexts()).resolves.toEqual([]);
      await expect(mailsIn('scheduled', subject)).resolves.toHaveLength(1);
      await expect(mailsIn('drafts', subject)).resolves.toEqual([]);
    }
    // The app's Scheduled folder lists each once.
    await page
      .getByRole('navigation', { name: 'Folders' })
      .getByRole('button', { name: /^Scheduled/ })
      .click();
    const scheduled = page.getByRole('listbox', { name: /^Scheduled/ });
    for (const [subject] of cases) {
      await expect.poll(() => scheduled.getByRole('option', { name: new RegExp(subject) }).count()).toBe(1);
    }
    await control('clock', { method: 'POST', body: { advanceMs: 3 * 24 * 3600_000 } });
    for (const [subject] of cases) await expect(delivered(subject)).resolves.toHaveLength(1);
  },
);

it(
  'offline, Send and Schedule send nothing and say so in words; back online, the message is sent once',
  { timeout: 120_000 },
  async () => {
    const { page, context, control, url } = bench.app;
    await signIn(page, url);
    const subject = 'Written on a train';
    const window = await compose(subject);
    await page.keyboard.type('Between two tunnels.');
    await window
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor({ timeout: 15_000 });
    const offlineNote = 'You are offline, so nothing was sent. Try again when you are back online.';
    // The schedule dialog is open (its code loaded) when the connection goes.
    await window.getByRole('button', { name: 'More send options' }).click();
    await page.getByRole('menuitem', { name: 'Schedule send' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule send' });
    await dialog.getByRole('button', { name: /^(Tomorrow|This) morning/ }).click();
    await context.setOffline(true);
    try {
      await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
      // Said where the user is looking: in the dialog.
      await dialog.getByRole('alert').filter({ hasText: offlineNote }).waitFor();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await window.getByRole('button', { name: 'Send', exact: true }).click();
      await window.getByRole('alert').filter({ hasText: offlineNote }).waitFor();
      // Nothing was tried, so nothing is in doubt.
      await expect(page.getByText(/could not confirm|may have been sent/).count()).resolves.toBe(0);
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => window.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    await expect(mailsIn('scheduled', subject)).resolves.toEqual([]);
    await window.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForUndoToast(page);
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    await expect.poll(async () => (await delivered(subject)).length).toBe(1);
    await expect(delivered(subject)).resolves.toMatchObject([
      { text: expect.stringContaining('Between two tunnels.') },
    ]);
  },
);

it(
  'a send whose answer was lost and could not be checked says Send is safe to press; pressed, it checks and it was sent once',
  { timeout: 120_000 },
  async () => {
    const { page, control, url } = bench.app;
    await signIn(page, url);
    const subject = 'Checked, not repeated';
    // The look at the server's state fails too.
    await fault({ method: 'GET', path: '/api/v1/mails/*', status: 503, times: 20 });
    const window = await sendThroughLostAnswer(subject, 'One copy only.', { drop: true });
    await window
      .getByRole('alert')
      .filter({
        hasText: 'We could not confirm whether the message was sent. Press Send to check: it will not go twice.',
      })
      .waitFor({ timeout: 30_000 });
    await fetch(new URL('/__emulator/faults', url), { method: 'DELETE' });
    await window.getByRole('button', { name: 'Send', exact: true }).click();
    await window.waitFor({ state: 'detached', timeout: 30_000 });
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    await expect(delivered(subject)).resolves.toHaveLength(1);
  },
);
