import type { Mail } from '@inkwell/axigen-client';
import type { DeliveredMessage } from './types';
import { login, T0, testEmulator } from './test-kit';

type List = { items: Mail[] };
const SCHEDULED = '80_119';
const NOW_S = T0 / 1000;

async function setup() {
  const delivered: DeliveredMessage[] = [];
  const emu = testEmulator({ onDelivered: (m) => void delivered.push(m), sessionTtlMs: 7 * 24 * 3600_000 });
  const alice = await login(emu);
  const folder = async (id: string) => (await alice.json<List>('GET', `/api/v1/mails?folderId=${id}&limit=100`)).items;
  return { emu, alice, delivered, folder };
}

describe('scheduled send', () => {
  it('keeps the copy in Scheduled and delivers at deliveryTime, then moves it to Sent', async () => {
    const { emu, alice, delivered, folder } = await setup();
    const res = await alice.json<{ mailId: string }>('POST', '/api/v1/mails/send/schedule', {
      to: 'bob@inkwell.test',
      subject: 'Later',
      bodyText: 'tomorrow',
      deliveryTime: NOW_S + 3600,
    });
    expect(Object.keys(res)).toEqual(['mailId']);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${res.mailId}`)).folderId).toBe(SCHEDULED);
    await emu.controls.advanceClock(3600_000 - 1000);
    expect(delivered).toHaveLength(0);
    await emu.controls.advanceClock(1000);
    expect(delivered).toHaveLength(1);
    expect(await folder(SCHEDULED)).toEqual([]);
    expect((await folder('80_116')).some((m) => m.subject === 'Later')).toBe(true);
    expect((await alice.request('GET', `/api/v1/mails/${res.mailId}`)).status).toBe(404);
    await emu.controls.advanceClock(3600_000);
    expect(delivered).toHaveLength(1);
  });

  it('deletes the copy on delivery when saveToSent is off', async () => {
    const { emu, alice, delivered, folder } = await setup();
    emu.controls.setAccountSettings('alice@inkwell.test', { saveToSent: false });
    await alice.json('POST', '/api/v1/mails/send/schedule', {
      to: 'bob@inkwell.test',
      subject: 'Gone',
      deliveryTime: NOW_S + 60,
    });
    await emu.controls.advanceClock(60_000);
    expect(delivered).toHaveLength(1);
    expect(await folder(SCHEDULED)).toEqual([]);
    expect((await folder('80_116')).some((m) => m.subject === 'Gone')).toBe(false);
  });

  it('cancel moves the mail back to Drafts and nothing is delivered', async () => {
    const { emu, alice, delivered } = await setup();
    const { mailId } = await alice.json<{ mailId: string }>('POST', '/api/v1/mails/send/schedule', {
      to: 'bob@inkwell.test',
      subject: 'Never',
      deliveryTime: NOW_S + 60,
    });
    const cancel = await alice.json<{ mailId: string }>('DELETE', `/api/v1/mails/send/schedule/${mailId}`);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${cancel.mailId}`)).folderId).toBe('80_115');
    await emu.controls.advanceClock(120_000);
    expect(delivered).toHaveLength(0);
    const twice = await alice.request('DELETE', `/api/v1/mails/send/schedule/${cancel.mailId}`);
    expect(((await twice.json()) as { code: string }).code).toBe('NOT_SCHEDULED');
  });

  it('deleting the copy from Scheduled unschedules it', async () => {
    const { emu, alice, delivered } = await setup();
    const { mailId } = await alice.json<{ mailId: string }>('POST', '/api/v1/mails/send/schedule', {
      to: 'bob@inkwell.test',
      deliveryTime: NOW_S + 60,
    });
    expect((await alice.request('DELETE', `/api/v1/mails/${mailId}`)).status).toBe(200);
    await emu.controls.advanceClock(120_000);
    expect(delivered).toHaveLength(0);
  });

  it('schedules a draft: the draft moves to Scheduled', async () => {
    const { emu, alice, delivered } = await setup();
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { to: 'bob@inkwell.test', subject: 'Draft later' });
    const res = await alice.json<{ mailId: string }>('POST', `/api/v1/drafts/${draft.id}/send/schedule`, {
      deliveryTime: NOW_S + 10,
    });
    expect((await alice.request('GET', `/api/v1/mails/${draft.id}`)).status).toBe(404);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${res.mailId}`)).subject).toBe('Draft later');
    const notDraft = await alice.request('POST', `/api/v1/drafts/${res.mailId}/send/schedule`, {
      deliveryTime: NOW_S + 100,
    });
    expect(((await notDraft.json()) as { code: string }).code).toBe('NOT_A_DRAFT');
    await emu.controls.advanceClock(10_000);
    expect(delivered).toHaveLength(1);
    const other = await alice.json<Mail>('POST', '/api/v1/mails', { to: 'bob@inkwell.test' });
    const extra = await alice.request('POST', `/api/v1/drafts/${other.id}/send/schedule`, {
      deliveryTime: NOW_S + 100,
      subject: 'x',
    });
    expect(await extra.json()).toEqual({ code: 'UNKNOWN_FIELD', message: 'Unexpected field(s): subject' });
  });

  const bad: [string, unknown, string, string][] = [
    ['missing', undefined, 'MISSING_FIELD', 'deliveryTime is required'],
    ['a string', String(NOW_S + 60), 'INVALID_DELIVERY_TIME', 'deliveryTime must be an integer number of unix seconds'],
    ['fractional', NOW_S + 60.5, 'INVALID_DELIVERY_TIME', 'deliveryTime must be an integer number of unix seconds'],
    ['in milliseconds (far future)', T0 + 60_000, 'INVALID_DELIVERY_TIME', 'deliveryTime is more than one year ahead'],
    ['in the past', NOW_S - 1, 'INVALID_DELIVERY_TIME', 'deliveryTime is in the past'],
    [
      'a year and a second ahead',
      Date.UTC(2027, 10, 21, 12, 0, 1) / 1000,
      'INVALID_DELIVERY_TIME',
      'deliveryTime is more than one year ahead',
    ],
  ];
  it.each(bad)('rejects deliveryTime %s', async (_name, deliveryTime, code, message) => {
    const { alice } = await setup();
    const res = await alice.request('POST', '/api/v1/mails/send/schedule', { to: 'bob@inkwell.test', deliveryTime });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code, message });
  });

  it('accepts exactly one year ahead', async () => {
    const { alice } = await setup();
    const res = await alice.request('POST', '/api/v1/mails/send/schedule', {
      to: 'bob@inkwell.test',
      deliveryTime: Date.UTC(2027, 10, 21, 12) / 1000,
    });
    expect(res.status).toBe(200);
  });
});
