import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addRecipient,
  composeDock,
  deliveredOnce,
  openWebmail,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// The session's send code (send, schedule, undo) is a chunk the session starts loading when it starts. In the real
// app, with that chunk unreachable from the page's load on, Send says the message was not sent, keeps everything, and
// sends nothing; once the chunk is reachable again, the next Send loads it in the same page and the mail goes once.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const SEND_CHUNK = '**/compose-core/src/session/sessionFlowsChunk.ts*';
const SUBJECT = 'Sent once the send code arrived';

it(
  'a Send whose code cannot load sends nothing, keeps the message, and the next Send sends it once',
  {
    timeout: 90_000,
  },
  async () => {
    const { page } = app;
    const blocked: string[] = [];
    await page.route(SEND_CHUNK, (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await signIn(page, app.url);
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog').last();
    await compose.getByRole('textbox', { name: 'Subject' }).waitFor();
    await addRecipient(compose, 'To', 'Bob Builder <bob@inkwell.test>');
    await expect.poll(() => compose.getByRole('button', { name: /^Bob Builder bob@inkwell\.test/ }).count()).toBe(1);
    await compose.getByRole('textbox', { name: 'Subject' }).fill(SUBJECT);
    const body = compose.getByRole('textbox', { name: 'Message body' });
    await body.click({ position: { x: 40, y: 12 } });
    await page.keyboard.type('Typed before the send code could load.');

    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(() => compose.getByRole('alert').filter({ hasText: 'The message was not sent. Try again.' }).count())
      .toBe(1);
    expect(blocked.length).toBeGreaterThan(0);
    expect((await app.control<{ subject: string }[]>('outbox')).filter((m) => m.subject === SUBJECT)).toHaveLength(0);
    expect(await page.getByText(/^\d+ s left to undo$/).count()).toBe(0);
    expect(await compose.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe(SUBJECT);
    expect(await body.innerText()).toContain('Typed before the send code could load.');

    await page.unroute(SEND_CHUNK);
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForUndoToast(page);
    const { raw } = await deliveredOnce(app, SUBJECT);
    expect(raw).toContain('Typed before the send code could load.');
  },
);
