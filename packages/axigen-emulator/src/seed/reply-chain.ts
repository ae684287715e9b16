// A long reply chain (9 messages) with growing References: inbox for the others' turns, Sent for Alice's.
import type { SeedMail } from './seed-mail';
import { ALICE, HARE, HATTER, minutesAgo } from './clock';

const turns: { from: string; folder: 'inbox' | 'sent'; body: string }[] = [
  {
    from: HATTER,
    folder: 'inbox',
    body: "Dear Alice,\n\nWe are holding a tea party on Thursday. Will you come? Six o'clock, as always.",
  },
  { from: ALICE, folder: 'sent', body: 'Hello Hatter,\n\nI would love to. Should I bring anything?' },
  { from: HATTER, folder: 'inbox', body: 'Bring a riddle. Why is a raven like a writing-desk?' },
  { from: ALICE, folder: 'sent', body: 'I believe I can guess that. Is the March Hare coming too?' },
  { from: HARE, folder: 'inbox', body: 'Of course I am. Have some wine. (There is no wine.)' },
  { from: ALICE, folder: 'sent', body: "I don't see any wine. Then I'll bring lemonade." },
  { from: HATTER, folder: 'inbox', body: 'Your hair wants cutting. Also: clean cups, move down!' },
  { from: ALICE, folder: 'sent', body: 'You should learn not to make personal remarks. See you Thursday.' },
  { from: HARE, folder: 'inbox', body: 'Thursday it is. Butter is the best butter, remember.' },
];

export function replyChain(): SeedMail[] {
  const ids: string[] = [];
  return turns.map((turn, i) => {
    const id = `seed-chain-${i + 1}`;
    const refs = ids.map((x) => `<${x}@inkwell.test>`);
    ids.push(id);
    const last = refs[refs.length - 1];
    const quote = i > 0 ? `\n\n> ${turns[i - 1]?.body.split('\n').join('\n> ')}` : '';
    return {
      folder: turn.folder,
      id,
      from: turn.from,
      to: turn.from === ALICE ? `${HATTER}, ${HARE}` : ALICE,
      cc: i > 3 && turn.from !== HARE ? HARE : undefined,
      subject: i === 0 ? 'Tea party on Thursday' : 'Re: Tea party on Thursday',
      text: turn.body + quote,
      date: minutesAgo(600 - i * 45),
      inReplyTo: last,
      references: refs.length ? refs.join(' ') : undefined,
      unread: turn.folder === 'inbox' && i >= 6,
      refwFlags: turn.folder === 'inbox' && i < 8 ? 're' : '',
    } satisfies SeedMail;
  });
}
