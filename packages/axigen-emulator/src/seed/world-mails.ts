// Non-Latin and right-to-left mails, and ordinary ones to fill the inbox.
import type { SeedMail } from './seed-mail';
import { ALICE, BOB, RABBIT, minutesAgo } from './clock';

export function worldMails(): SeedMail[] {
  return [
    {
      folder: 'inbox',
      id: 'seed-ja',
      from: '田中 雪 <yuki.tanaka@example.jp>',
      to: ALICE,
      subject: '来週の会議について',
      text: 'アリスさん\n\n来週の会議は火曜日の午後三時からです。資料を事前にお送りします。\n\nよろしくお願いします。\n田中',
      date: minutesAgo(300),
      unread: true,
    },
    {
      folder: 'inbox',
      id: 'seed-ru',
      from: 'Олег Смирнов <oleg@example.ru>',
      to: ALICE,
      subject: 'Привет из Москвы',
      html: '<p>Здравствуйте, Алиса!</p><p>Спасибо за письмо. Книга «Алиса в Стране чудес» понравилась всем.</p>',
      date: minutesAgo(360),
    },
    {
      folder: 'inbox',
      id: 'seed-ar',
      from: 'ليلى حسن <layla@example.eg>',
      to: ALICE,
      subject: 'مرحبا أليس',
      html: '<div dir="rtl" lang="ar"><p>مرحبا أليس،</p><p>شكرا على رسالتك. سنلتقي يوم الخميس في المكتبة.</p></div>',
      date: minutesAgo(420),
    },
    {
      folder: 'inbox',
      id: 'seed-he',
      from: 'נועה כהן <noa@example.co.il>',
      to: ALICE,
      subject: 'שלום עליס',
      html: '<div dir="rtl" lang="he"><p>שלום עליס,</p><p>הפגישה נדחתה ליום ראשון. תודה!</p></div>',
      date: minutesAgo(480),
    },
    {
      folder: 'inbox',
      id: 'seed-mixed',
      from: 'Charles Dodgson <charles.dodgson@oxford.example>',
      to: `${ALICE}, ${BOB}`,
      subject:
        'Emoji 🐇, ümlauts and a very long subject line that keeps going well past the seventy-eight character limit',
      text: 'Mixed scripts: English, Ελληνικά, 中文, עברית, العربية. 🐇🎩🫖',
      date: minutesAgo(540),
    },
  ];
}

const ordinary: [string, string, string][] = [
  [RABBIT, 'Running late', 'Oh dear! Oh dear! I shall be too late!'],
  ['Queen of Hearts <queen@hearts.example>', 'Croquet at noon', 'Bring your own flamingo.'],
  ['Cheshire Cat <cat@cheshire.example>', 'Which way?', 'That depends a good deal on where you want to get to.'],
  [BOB, 'Lunch?', 'Sandwiches at the site, 12:30?'],
  ['Caterpillar <caterpillar@mushroom.example>', 'Who are you?', 'Explain yourself.'],
  ['Duchess <duchess@kitchen.example>', 'Pepper order', 'More pepper, please. Everything has a moral.'],
  ['Mock Turtle <turtle@sea.example>', 'Lessons', 'Reeling and Writhing, to begin with.'],
  ['Gryphon <gryphon@sea.example>', 'Lobster Quadrille', "Will you, won't you, join the dance?"],
  ['Dormouse <dormouse@teaparty.example>', 'Treacle well', 'Once upon a time there were three little sisters…'],
  ['Bill the Lizard <bill@chimney.example>', 'Chimney repair', 'Invoice for the chimney, payable on receipt.'],
  ['King of Hearts <king@hearts.example>', 'Rule Forty-two', 'All persons more than a mile high to leave the court.'],
  ['Knave of Hearts <knave@hearts.example>', 'About the tarts', 'I did not take them. Honestly.'],
  ['Dinah <dinah@home.example>', 'Miaow', 'Do cats eat bats?'],
  [BOB, 'Site visit moved', 'Friday instead of Thursday.'],
  ['Inkwell Billing <billing@inkwell.test>', 'Your receipt', 'Thanks for your payment of 0.00.'],
  ['Tweedledum <dum@tweedle.example>', 'Contrariwise', 'If it was so, it might be.'],
  ['Tweedledee <dee@tweedle.example>', 'Nohow', 'Contrariwise, if it were so, it would be.'],
];

export function ordinaryMails(): SeedMail[] {
  return ordinary.map(([from, subject, text], i) => ({
    folder: 'inbox',
    id: `seed-note-${i + 1}`,
    from,
    to: ALICE,
    subject,
    text,
    date: minutesAgo(700 + i * 90),
    unread: i % 3 === 0,
    flagged: i === 4,
  }));
}
