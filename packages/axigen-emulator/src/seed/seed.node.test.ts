import type { Mail } from '@inkwell/axigen-client';
import PostalMime from 'postal-mime';
import { DEMO_ACCOUNTS } from '../index';
import { login, testEmulator } from '../core/test-kit';
import { seedData } from './index';

type List = { items: Mail[]; totalItems: number };

describe('demo seed', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(seedData())).toBe(JSON.stringify(seedData()));
  });

  it('exports working demo logins', async () => {
    expect(DEMO_ACCOUNTS.map((a) => [a.username, a.password, a.fullName])).toEqual([
      ['alice@inkwell.test', 'wonderland', 'Alice Liddell'],
      ['bob@inkwell.test', 'builder', 'Bob Builder'],
    ]);
    const emu = testEmulator();
    for (const a of DEMO_ACCOUNTS)
      await expect(login(emu, a.username, a.password)).resolves.toMatchObject({ sessid: expect.any(String) });
  });

  it('gives Alice a full inbox, drafts (one a reply) and Sent replies; Bob a few mails', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const count = async (c: typeof alice, folder: string) =>
      (await c.json<List>('GET', `/api/v1/mails?folderId=${folder}&limit=1`)).totalItems;
    expect(await count(alice, '80_114')).toBe(40);
    expect(await count(alice, '80_115')).toBe(3);
    expect(await count(alice, '80_116')).toBe(4);
    const bob = await login(emu, 'bob', 'builder');
    expect(await count(bob, '81_114')).toBe(4);
    expect(await count(bob, '81_115')).toBe(1);
    const drafts = (await alice.json<List>('GET', '/api/v1/mails?folderId=80_115')).items;
    const reply = drafts.find((d) => d.refwType === 're') as Mail;
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${reply.refwMailId}`)).messageId).toBe(
      '<seed-chain-9@inkwell.test>',
    );
    expect(reply.bcc).toBe('Dinah <dinah@home.example>');
  });

  it('holds a 9-message reply chain whose References grow message by message', async () => {
    const { mails } = seedData();
    const chain: Awaited<ReturnType<typeof PostalMime.parse>>[] = [];
    for (const m of mails) {
      const parsed = await PostalMime.parse(m.raw);
      if (parsed.messageId?.startsWith('<seed-chain-')) chain.push(parsed);
    }
    chain.sort((a, b) => Number(/\d+/.exec(a.messageId ?? '')?.[0]) - Number(/\d+/.exec(b.messageId ?? '')?.[0]));
    expect(chain).toHaveLength(9);
    chain.forEach((p, i) => {
      expect((p.references ?? '').split(/\s+/).filter(Boolean)).toHaveLength(i);
      if (i > 0) expect(p.inReplyTo).toBe(chain[i - 1]?.messageId);
    });
  });

  it('carries real PNGs inline, several attachments, non-Latin and RTL text, and one mail per attack', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const inbox = (await alice.json<List>('GET', '/api/v1/mails?folderId=80_114&limit=100')).items;
    const welcome = inbox.find((m) => m.subject === 'Welcome to Inkwell') as Mail;
    const png = await alice.request('GET', `/api/v1/mails/${welcome.id}/attachments/0`);
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
    expect(inbox.filter((m) => m.attachments.filter((a) => !a.isInline).length >= 3).map((m) => m.subject)).toEqual([
      'Quarterly report and site photos',
    ]);
    for (const subject of ['来週の会議について', 'Привет из Москвы', 'مرحبا أليس', 'שלום עליס'])
      expect(inbox.some((m) => m.subject === subject)).toBe(true);
    const hostile = inbox.filter((m) => m.from === 'Mallory <mallory@evil.example>');
    const html = await Promise.all(
      hostile.map(async (m) => atob((await alice.json<{ data: string }>('GET', `/api/v1/mails/${m.id}/body`)).data)),
    );
    for (const needle of [
      '<script>',
      'onerror=',
      'javascript:',
      'https://tracker.evil.example/pixel.gif',
      'position:fixed',
      '<base href',
      '<form',
      '<style>body{display:none}',
      '<iframe',
    ]) {
      expect(html.some((h) => h.includes(needle))).toBe(true);
    }
  });
});
