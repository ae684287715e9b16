import type { Mail, TemporaryAttachmentsResponse } from '@inkwell/axigen-client';
import type { OutboxView } from './types';
import { basic, login, req, T0, testEmulator } from './test-kit';

const post = (path: string, body: unknown) =>
  req('POST', path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

describe('faults', () => {
  it('answers with the injected status and default error body, `times` times, for matching method and glob', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const added = await emu.handle(
      post('/__emulator/faults', { method: 'POST', path: '/api/v1/mails/send*', status: 503, times: 2 }),
    );
    expect(await added.json()).toEqual({ method: 'POST', path: '/api/v1/mails/send*', status: 503, times: 2, id: 1 });
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    const first = await alice.request('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' });
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ code: 'INJECTED_FAULT', message: 'Injected fault 1 (status 503)' });
    expect((await alice.request('POST', '/api/v1/mails/send/undo', { processingId: 1 })).status).toBe(503);
    expect((await alice.request('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' })).status).toBe(200);
    expect(await (await emu.handle(req('GET', '/__emulator/faults'))).json()).toEqual([]);
  });

  it('matches a plain path as a prefix, returns a custom body, and clears', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await emu.handle(post('/__emulator/faults', { path: '/api/v1/account', status: 500, body: { oops: true } }));
    const res = await alice.request('GET', '/api/v1/account/signatures');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ oops: true });
    expect((await alice.request('GET', '/api/v1/folders')).status).toBe(200);
    expect((await emu.handle(req('DELETE', '/__emulator/faults'))).status).toBe(200);
    expect((await alice.request('GET', '/api/v1/account/signatures')).status).toBe(200);
  });

  it('applies `ratio` by the injected random source', async () => {
    const rolls = [0.1, 0.9, 0.29, 0.3];
    const emu = testEmulator({ random: () => rolls.shift() ?? 1 });
    const alice = await login(emu);
    emu.controls.addFault({ path: '/api/v1/folders', status: 502, ratio: 0.3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await alice.request('GET', '/api/v1/folders')).status);
    expect(statuses).toEqual([502, 200, 502, 200]);
  });

  it('drops the connection as Response.error()', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    emu.controls.addFault({ path: '/api/v1/temporaryAttachments', drop: true, times: 1 });
    const res = await alice.request('POST', '/api/v1/temporaryAttachments', new FormData());
    expect(res.type).toBe('error');
    expect(res.status).toBe(0);
  });

  it.each<[string, { status?: number; drop?: boolean }]>([
    ['a status', { status: 500 }],
    ['a dropped connection', { drop: true }],
  ])('phase "after" with %s: the request is handled, then its answer is lost', async (_label, lose) => {
    const emu = testEmulator();
    const alice = await login(emu);
    emu.controls.addFault({ method: 'POST', path: '/api/v1/mails', phase: 'after', times: 1, ...lose });
    const lost = await alice.request('POST', '/api/v1/mails', { subject: 'Made anyway' });
    if (lose.drop) expect(lost.type).toBe('error');
    else expect(lost.status).toBe(500);
    const drafts = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_115&limit=100');
    expect(drafts.items.filter((m) => m.subject === 'Made anyway')).toHaveLength(1);
    // `times: 1`: the next create answers normally.
    expect((await alice.request('POST', '/api/v1/mails', { subject: 'Second' })).status).toBe(200);
  });

  it('phase "before" (the default) never runs the handler', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    emu.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 500, times: 1 });
    expect((await alice.request('POST', '/api/v1/mails', { subject: 'Never made' })).status).toBe(500);
    const drafts = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_115&limit=100');
    expect(drafts.items.filter((m) => m.subject === 'Never made')).toHaveLength(0);
  });

  it('hang: holds the request until the client aborts, then drops it; after processing, the change is made', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    emu.controls.addFault({ method: 'POST', path: '/api/v1/mails/send', hang: true, phase: 'after', times: 1 });
    const changes: number[] = [];
    emu.subscribe(() => changes.push(emu.snapshot().queue.length));
    const client = new AbortController();
    let settled = false;
    const answer = emu
      .handle(
        new Request('http://emulator.test/api/v1/mails/send', {
          method: 'POST',
          headers: { 'X-Axigen-Session': alice.sessid, Authorization: basic('alice@inkwell.test', 'wonderland') },
          body: JSON.stringify({ to: 'bob@inkwell.test', subject: 'Held' }),
          signal: client.signal,
        }),
      )
      .finally(() => (settled = true));
    // The send is queued (and announced to subscribers, so a runtime saves it) while the answer is still held.
    await vi.waitFor(() => expect(emu.snapshot().queue).toHaveLength(1));
    expect(changes.at(-1)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    client.abort();
    expect((await answer).type).toBe('error');
  });

  it('releaseHung() and clearing the faults drop every held request', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    emu.controls.addFault({ path: '/api/v1/account/info', hang: true });
    const first = alice.request('GET', '/api/v1/account/info');
    const second = alice.request('GET', '/api/v1/account/info');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(emu.controls.releaseHung()).toBe(2);
    expect((await first).type).toBe('error');
    expect((await second).type).toBe('error');
    const third = alice.request('GET', '/api/v1/account/info');
    await new Promise((resolve) => setTimeout(resolve, 0));
    emu.controls.clearFaults();
    expect((await third).type).toBe('error');
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
  });

  it('injects latency through the sleep option, then handles the request', async () => {
    const slept: number[] = [];
    const emu = testEmulator({ sleep: async (ms) => void slept.push(ms) });
    const alice = await login(emu);
    emu.controls.addFault({ path: '/api/v1/account/info', latencyMs: 1500 });
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    expect(slept).toEqual([1500]);
  });

  it('rejects malformed rules', async () => {
    const emu = testEmulator();
    for (const [body, message] of [
      [{ status: 500 }, 'path must be a string starting with /'],
      [{ path: '/api', status: 99 }, 'status must be an integer from 200 to 599'],
      [{ path: '/api', status: 500, ratio: 2 }, 'ratio must be a number from 0 to 1'],
      [{ path: '/api', status: 500, times: 0 }, 'times must be an integer ≥ 1'],
      [{ path: '/api' }, 'A fault needs status, latencyMs, drop or hang'],
      [{ path: '/api', status: 500, phase: 'later' }, 'phase must be "before" or "after"'],
      [{ path: '/api', hang: 'yes' }, 'hang must be a boolean'],
    ] as const) {
      const res = await emu.handle(post('/__emulator/faults', body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe(message);
    }
  });
});

describe('clock', () => {
  it('reads, advances and sets the emulator clock', async () => {
    const emu = testEmulator();
    expect(await (await emu.handle(req('GET', '/__emulator/clock'))).json()).toEqual({ now: T0, offsetMs: 0 });
    expect(await (await emu.handle(post('/__emulator/clock', { advanceMs: 5000 }))).json()).toEqual({ now: T0 + 5000 });
    const target = Date.UTC(2027, 0, 1);
    expect(await (await emu.handle(post('/__emulator/clock', { set: target }))).json()).toEqual({ now: target });
    expect(emu.controls.clock()).toEqual({ now: target, offsetMs: target - T0 });
    expect((await emu.handle(post('/__emulator/clock', { advanceMs: -1 }))).status).toBe(400);
    expect((await emu.handle(post('/__emulator/clock', {}))).status).toBe(400);
  });

  it("every answer's Date header reads the emulator clock, as moved by the controls; errors and faults too", async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const dateOf = (res: Response) => res.headers.get('date');
    expect(dateOf(await alice.request('GET', '/api/v1/folders'))).toBe(new Date(T0).toUTCString());
    await emu.controls.advanceClock(6 * 3600_000);
    const later = new Date(T0 + 6 * 3600_000).toUTCString();
    expect(dateOf(await alice.request('GET', '/api/v1/folders'))).toBe(later);
    expect(dateOf(await alice.request('GET', '/api/v1/nowhere'))).toBe(later);
    await emu.handle(post('/__emulator/faults', { path: '/api/v1/account', status: 503 }));
    expect(dateOf(await alice.request('GET', '/api/v1/account/info'))).toBe(later);
  });

  it('advancing runs due deliveries', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await alice.json('POST', '/api/v1/mails/send', { to: 'hatter@teaparty.example', subject: 'tick' });
    await emu.handle(post('/__emulator/clock', { advanceMs: 10_000 }));
    const outbox = (await (await emu.handle(req('GET', '/__emulator/outbox'))).json()) as OutboxView[];
    expect(outbox.map((m) => m.subject)).toEqual(['tick']);
    expect((await emu.handle(req('DELETE', '/__emulator/outbox'))).status).toBe(200);
    expect(await (await emu.handle(req('GET', '/__emulator/outbox'))).json()).toEqual([]);
  });
});

describe('outbox', () => {
  it('lists delivered messages parsed: envelope, addresses, bodies, parts and headers', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const fd = new FormData();
    fd.append('file', new File(['col1,col2\n'], 'data.csv', { type: 'text/csv' }));
    const [csv] = (await alice.json<TemporaryAttachmentsResponse>('POST', '/api/v1/temporaryAttachments', fd)).items;
    const { processingId } = await alice.json<{ processingId: number }>('POST', '/api/v1/mails/send', {
      to: 'Hatter <hatter@teaparty.example>',
      cc: 'hare@teaparty.example',
      bcc: 'bob@inkwell.test',
      subject: 'Data',
      bodyText: 'See attached.',
      bodyHtml: '<p>See attached.</p>',
      temporaryAttachments: [{ id: csv?.id }],
    });
    await emu.controls.advanceClock(10_000);
    const [view] = (await (await emu.handle(req('GET', '/__emulator/outbox'))).json()) as OutboxView[];
    expect(view).toMatchObject({
      id: '1',
      processingId,
      account: 'alice@inkwell.test',
      deliveredAt: T0 + 10_000,
      envelope: {
        from: 'alice@inkwell.test',
        to: ['hatter@teaparty.example', 'hare@teaparty.example', 'bob@inkwell.test'],
      },
      from: 'Alice Liddell <alice@inkwell.test>',
      to: 'Hatter <hatter@teaparty.example>',
      cc: 'hare@teaparty.example',
      bcc: ['bob@inkwell.test'],
      subject: 'Data',
      html: '<p>See attached.</p>',
      attachments: [
        { filename: 'data.csv', contentType: 'text/csv', contentId: '', disposition: 'attachment', size: 10 },
      ],
    });
    expect(view?.text.trim()).toBe('See attached.');
    expect(view?.headers.find((h) => h.name.toLowerCase() === 'subject')?.value).toBe('Data');
    expect(view?.headers.some((h) => h.name.toLowerCase() === 'bcc')).toBe(false);
  });
});

describe('account settings, seed and reset', () => {
  it('sets saveToSent through the route', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    expect(
      (await emu.handle(post('/__emulator/accounts/alice@inkwell.test/settings', { saveToSent: false }))).status,
    ).toBe(200);
    expect(Object.keys(await alice.json('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' }))).toEqual([
      'processingId',
    ]);
    expect((await emu.handle(post('/__emulator/accounts/nobody/settings', { saveToSent: false }))).status).toBe(400);
    expect((await emu.handle(post('/__emulator/accounts/alice/settings', { saveToSent: 'no' }))).status).toBe(400);
  });

  it('adds accounts and mails from JSON; the new account can log in and receive mail', async () => {
    const emu = testEmulator({ seed: false });
    const seeded = await emu.handle(
      post('/__emulator/seed', {
        accounts: [{ name: 'carol', password: 'pw', fullName: 'Carol Custom', aliases: ['c@inkwell.test'] }],
        mails: [{ account: 'carol', subject: 'Hello Carol', text: 'hi', from: 'x@y.test' }],
      }),
    );
    const { accounts, mailIds } = (await seeded.json()) as { accounts: string[]; mailIds: string[] };
    expect(accounts).toEqual(['carol@inkwell.test']);
    const carol = await login(emu, 'carol@inkwell.test', 'pw');
    const mail = await carol.json<Mail>('GET', `/api/v1/mails/${mailIds[0]}`);
    expect(mail).toMatchObject({ subject: 'Hello Carol', folderId: '82_114', isUnread: true, from: 'x@y.test' });
    const alice = await login(emu);
    expect((await alice.json<{ totalItems: number }>('GET', '/api/v1/mails?folderId=80_114')).totalItems).toBe(0);
    await alice.json('POST', '/api/v1/mails/send', { to: 'C@inkwell.test', subject: 'to alias' });
    await emu.controls.advanceClock(10_000);
    expect((await carol.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=82_114')).items[0]?.subject).toBe(
      'to alias',
    );
    expect((await emu.handle(post('/__emulator/seed', { accounts: [{ name: 'carol', password: 'x' }] }))).status).toBe(
      400,
    );
    expect((await emu.handle(post('/__emulator/seed', { mails: [{ account: 'zed' }] }))).status).toBe(400);
  });

  it('reset goes back to the seed: mails, sessions, outbox and clock', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await alice.json('POST', '/api/v1/mails', { subject: 'temp' });
    await emu.controls.advanceClock(1000);
    const fresh = testEmulator().snapshot();
    expect((await emu.handle(req('POST', '/__emulator/reset'))).status).toBe(200);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(401);
    const after = emu.snapshot();
    expect(after.mails.map((m) => [m.folderId, m.uid])).toEqual(fresh.mails.map((m) => [m.folderId, m.uid]));
    expect(after.clockOffsetMs).toBe(0);
    expect(after.sessions).toEqual([]);
  });
});

describe('snapshot, restore and subscribe', () => {
  it('round-trips the full state through JSON', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'persist me', bcc: 'x@y.test' });
    await alice.json('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test', subject: 'queued' });
    emu.controls.addFault({ path: '/api/v1/nothing', status: 500 });
    const json = JSON.stringify(emu.snapshot());
    const copy = testEmulator({ seed: false });
    copy.restore(JSON.parse(json));
    expect(copy.snapshot()).toEqual(JSON.parse(json));
    const sessionStillValid = await copy.handle(
      req('GET', `/api/v1/mails/${draft.id}`, {
        headers: { Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`, 'X-Axigen-Session': alice.sessid },
      }),
    );
    expect(((await sessionStillValid.json()) as Mail).subject).toBe('persist me');
    await copy.controls.advanceClock(10_000);
    expect((await copy.controls.outbox()).map((m) => m.subject)).toEqual(['queued']);
    expect(() => copy.restore({ version: 2 } as never)).toThrow('Unsupported emulator state (expected version 1)');
  });

  it('notifies subscribers after changes only, until unsubscribed', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    let calls = 0;
    const off = emu.subscribe(() => calls++);
    await alice.request('GET', '/api/v1/mails?folderId=80_114');
    expect(calls).toBe(0);
    await alice.request('POST', '/api/v1/mails', { subject: 'x' });
    expect(calls).toBe(1);
    await emu.tick();
    expect(calls).toBe(1);
    emu.controls.setAccountSettings('alice', { saveToSent: false });
    expect(calls).toBe(2);
    off();
    await alice.request('POST', '/api/v1/mails', { subject: 'y' });
    expect(calls).toBe(2);
  });
});

describe('ids across restarts', () => {
  it('a restart without saved state (or a reset) never hands out an id an earlier run gave out', async () => {
    const run = async (nowMs: number) => {
      const emu = testEmulator({ now: () => nowMs });
      const alice = await login(emu);
      const draft = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'Draft' });
      const sent = await alice.json<{ processingId: number }>('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' });
      const fd = new FormData();
      fd.append('file', new File(['x'], 'x.txt'));
      const upload = await alice.json<TemporaryAttachmentsResponse>('POST', '/api/v1/temporaryAttachments', fd);
      emu.controls.reset();
      const again = await (await login(emu)).json<Mail>('POST', '/api/v1/mails', { subject: 'After reset' });
      return { draft: draft.id, processingId: sent.processingId, upload: upload.items[0]?.id, again: again.id };
    };
    const first = await run(T0);
    const second = await run(T0 + 1_000); // restarted one second later
    expect(second.draft).not.toBe(first.draft);
    expect(second.processingId).not.toBe(first.processingId);
    expect(second.upload).not.toBe(first.upload);
    expect(first.again).not.toBe(first.draft);
    expect(second.again).not.toBe(second.draft);
    // Seed mails keep their ids: a fresh start shows the same mailboxes.
    const seedIds = (emu: ReturnType<typeof testEmulator>) => emu.snapshot().mails.map((m) => `${m.folderId}_${m.uid}`);
    expect(seedIds(testEmulator({ now: () => T0 + 5_000 }))).toEqual(seedIds(testEmulator()));
  });
});
