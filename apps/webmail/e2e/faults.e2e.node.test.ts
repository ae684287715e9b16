import { expect, it } from 'vitest';
import { setUpFaultBench } from './faultBench';
import { rowOffset, screenshot, signIn } from './openWebmail';

// Issues 8 and 13 in Chromium: server errors, lost answers (the emulator handles the request, then loses its
// answer) and answers that never come during autosave. Nothing typed is lost and no draft is left over.
const bench = setUpFaultBench();
const { fault, activeFaults, mailsIn, typedPart, compose } = bench;

it(
  'autosave through a 500 and lost answers: a retryable state in words, typing goes on, one draft with every character',
  { timeout: 120_000 },
  async () => {
    const { page, url } = bench.app;
    await signIn(page, url);
    const subject = 'Autosave through faults';
    const creates: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/mails') creates.push(r.url());
    });
    // In this order: the first create is refused (500 before anything is stored); the next is stored but its answer
    // is lost (500); then a replace is stored and its connection dropped (Chromium repeats it; the repeat is a 404).
    await fault({ method: 'POST', path: '/api/v1/mails', status: 500 });
    await fault({ method: 'POST', path: '/api/v1/mails', status: 500, phase: 'after' });
    await fault({ method: 'PUT', path: '/api/v1/drafts/*', drop: true, phase: 'after' });
    const window = await compose(subject);
    const status = window.getByRole('status').filter({ hasText: /Not saved/ });
    const typed = ['It starts here.', ' It goes on while the server fails.', ' And ends when it is back.'];
    await page.keyboard.type(typed[0]!);
    await status.waitFor({ timeout: 15_000 });
    await expect(status.innerText()).resolves.toMatch(/Not saved: the server had a problem/);
    await window.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await screenshot(page, 'save-failed');
    // Every text the status shows from here on: the window's retries keep the failure on screen until one succeeds,
    // never flipping to "Saving…" and back (which made the footer jump and the failure be read out again).
    const shown = await (await status.elementHandle())!.evaluateHandle((element) => {
      const texts: string[] = [];
      new MutationObserver(() => texts.push(element.textContent ?? '')).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      return texts;
    });
    // The long status makes the footer's row tall: its buttons stay centred on one line with it (read in one frame).
    const button = (name: string) => window.getByRole('button', { name, exact: true });
    await expect(rowOffset(button('Attach files'), button('Send'))).resolves.toBeLessThan(2);

    // Typing goes on; no need to press Retry: the window tries again by itself, and on each change.
    await page.keyboard.type(typed[1]!);
    await expect.poll(activeFaults, { timeout: 30_000 }).toEqual([]);
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
    // The refused create and the one whose answer was lost; the draft that one made was found, not made again.
    expect(creates).toHaveLength(2);
    const texts = await shown.jsonValue();
    const firstSaved = texts.findIndex((text) => text.startsWith('Saved'));
    expect(firstSaved).toBeGreaterThan(-1);
    expect(
      texts.slice(0, firstSaved).filter((text) => !text.startsWith('Not saved: the server had a problem.')),
    ).toEqual([]);
  },
);

it(
  'a save that never answers shows a retryable state within the client timeout, and Send still sends everything once',
  { timeout: 120_000 },
  async () => {
    const { page, url, control } = bench.app;
    await signIn(page, url);
    const subject = 'Saved into silence';
    // The create is stored, but its answer never comes (the emulator holds it until the client gives up).
    await fault({ method: 'POST', path: '/api/v1/mails', hang: true, phase: 'after' });
    const window = await compose(subject);
    await page.keyboard.type('Typed before the silence.');
    // The client's own timeout for a save (15 s) is what this waits for; nothing is faked in the page.
    const status = window.getByRole('status').filter({ hasText: /Not saved/ });
    await status.waitFor({ timeout: 30_000 });
    await expect(status.innerText()).resolves.toMatch(/Not saved: the server did not answer in time/);
    await window.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await page.keyboard.type(' And after it.');

    await window.getByRole('button', { name: 'Send', exact: true }).click();
    await window.waitFor({ state: 'detached', timeout: 30_000 });
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    const sent = await bench.delivered(subject);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.split(/^-- ?$/m)[0]!.trim()).toBe('Typed before the silence. And after it.');
    // The draft the unanswered create made was found and sent: nothing is left in Drafts.
    await expect(mailsIn('drafts', subject)).resolves.toEqual([]);
  },
);
