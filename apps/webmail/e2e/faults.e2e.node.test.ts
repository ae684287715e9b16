import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { addRecipient, composeDock, openWebmail, screenshot, signIn, type OpenWebmail } from './openWebmail';

// Issues 8 and 13 in Chromium: server errors and lost answers (the emulator handles the request, then loses its
// answer) during autosave and send. Nothing typed is lost, no draft is left over, nothing is delivered twice.
let app: OpenWebmail;
let api: AxigenClient;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
  api = createAxigenClient({ baseUrl: app.url.replace(/\/$/, '') });
  await api.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
}, 60_000);
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  // Answers 204: not through control(), which reads JSON.
  await fetch(new URL('/__emulator/faults', app.url), { method: 'DELETE' });
});

interface FaultRule {
  method: string;
  path: string;
  status?: number;
  drop?: boolean;
  hang?: boolean;
  phase?: 'before' | 'after';
  times?: number;
}
const fault = (rule: FaultRule) => app.control('faults', { method: 'POST', body: { times: 1, ...rule } });
const activeFaults = () => app.control<unknown[]>('faults');

/** Alice's mails in a folder (by role, or Scheduled by name) with this subject, read straight from the server. */
async function mailsIn(kind: 'drafts' | 'scheduled', subject: string) {
  const { items } = await api.listFolders();
  const folder = items.find((f) => (kind === 'scheduled' ? f.name === 'Scheduled' : f.role === kind));
  if (!folder) throw new Error(`no ${kind} folder`);
  return (await api.listMails(folder.id, { limit: 100 })).items.filter((m) => m.subject === subject);
}

/** A mail's plain text above the signature (`-- `): what the user typed. */
async function typedPart(id: string): Promise<string> {
  const { content } = await api.getBody(id, 'text');
  return content.split(/^-- ?$/m)[0]!.trim();
}

async function delivered(subject: string) {
  const outbox = await app.control<{ subject: string; text: string }[]>('outbox');
  return outbox.filter((m) => m.subject === subject);
}

/** Opens a new compose window with Bob as recipient and this subject; returns the window, named after it. */
async function compose(subject: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'New message' }).click();
  const blank = composeDock(page).getByRole('dialog', { name: 'New message' });
  await addRecipient(blank, 'To', 'bob@inkwell.test');
  await blank.getByRole('textbox', { name: 'Subject' }).fill(subject);
  const window = composeDock(page).getByRole('dialog', { name: subject });
  // The first line, above the signature.
  await window.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
  return window;
}

it(
  'autosave through a 500 and lost answers: a retryable state in words, typing goes on, one draft with every character',
  { timeout: 120_000 },
  async () => {
    const { page } = app;
    await signIn(page, app.url);
    const subject = 'Autosave through faults';
    // The first create is refused (500 before anything is stored).
    await fault({ method: 'POST', path: '/api/v1/mails', status: 500 });
    const window = await compose(subject);
    const status = window.getByRole('status').filter({ hasText: /Not saved/ });
    const typed = ['It starts here.', ' It goes on while the server fails.', ' And ends when it is back.'];
    await page.keyboard.type(typed[0]!);
    await status.waitFor({ timeout: 15_000 });
    await expect(status.innerText()).resolves.toMatch(/Not saved: the server had a problem/);
    await window.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await screenshot(page, 'save-failed');

    // The next create is stored, but its answer is lost; then a replace is stored and its connection dropped.
    await fault({ method: 'POST', path: '/api/v1/mails', status: 500, phase: 'after' });
    await fault({ method: 'PUT', path: '/api/v1/drafts/*', drop: true, phase: 'after' });
    await page.keyboard.type(typed[1]!);
    await window.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect.poll(activeFaults, { timeout: 30_000 }).toEqual([]);
    // Back into the text after the Retry button (the end of the first line).
    await window.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
    await page.keyboard.press('End');
    await page.keyboard.type(typed[2]!);

    // Faults gone: the server has exactly one draft, with every character typed above the signature.
    await expect
      .poll(async () => await Promise.all((await mailsIn('drafts', subject)).map((m) => typedPart(m.id))), {
        timeout: 30_000,
      })
      .toEqual([typed.join('')]);
    await window
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    await expect(window.getByRole('textbox', { name: 'Message body' }).innerText()).resolves.toMatch(
      new RegExp(`^${typed.join('')}\n`),
    );
  },
);

/** Sends the window with Send; the answer to it is lost as `rule` says. */
async function sendThroughLostAnswer(subject: string, text: string, rule: Omit<FaultRule, 'method' | 'path'>) {
  const window = await compose(subject);
  await app.page.keyboard.type(text);
  await fault({ method: 'POST', path: '/api/v1/drafts/*/send', phase: 'after', ...rule });
  await window.getByRole('button', { name: 'Send', exact: true }).click();
  return window;
}

for (const [how, rule] of [
  ['answered 500', { status: 500 }],
  ['its connection dropped', { drop: true }],
] as const) {
  it(`a send whose answer was lost (${how}) is shown as sent and delivered once`, { timeout: 90_000 }, async () => {
    const { page, control } = app;
    await signIn(page, app.url);
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
