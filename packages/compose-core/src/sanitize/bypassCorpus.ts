/**
 * Hostile mail aimed at the sanitizer's design rather than at DOMPurify: URLs that read differently once the
 * browser normalizes them, CSS that moves content out of its box, planted internal attributes. Every URL points at
 * `PROBE_PATH` on the page's own origin (relative, or absolute as a "remote" host), so a real browser records any
 * fetch in its resource timing, and each case tags its URLs with its own name.
 */
export interface BypassCase {
  name: string;
  /** Builds the HTML for a page origin (`location.origin`); URLs carry `PROBE_PATH` + the case tag. */
  html: (origin: string) => string;
  /** The kind of attack, for reporting. */
  kind: 'url' | 'containment' | 'internal-attribute';
  /** True when the case references a genuinely remote (absolute http) image: hasRemoteContent must say so. */
  remote?: boolean;
}

export const PROBE_PATH = '/__inkwell_probe/';

const probe = (tag: string) => `${PROBE_PATH}${tag}`;
// Text that must stay visible inside the box in every containment case.
export const CONTAINED_TEXT = 'Contained text';

export const bypassCorpus: readonly BypassCase[] = [
  // URL decided on a cleaned copy, original kept: the browser reads the original as a relative URL.
  {
    kind: 'url',
    name: 'space inside the scheme of an img src',
    html: (o) => `<img alt="a" src="ht tps://${o.slice(7)}${probe('space-src')}">`,
  },
  {
    kind: 'url',
    name: 'control character inside the scheme',
    html: (o) => `<img alt="a" src="ht\u0001tps://${o.slice(7)}${probe('ctl-src')}">`,
  },
  {
    kind: 'url',
    name: 'NUL entity inside the scheme',
    html: (o) => `<img alt="a" src="ht&#0;tps://${o.slice(7)}${probe('nul-src')}">`,
  },
  {
    kind: 'url',
    name: 'entity-encoded tab inside the scheme (a real remote URL)',
    remote: true,
    html: (o) => `<img alt="a" src="ht&#9;tp${o.slice(4)}${probe('tab-src')}">`,
  },
  {
    kind: 'url',
    name: 'relative src',
    html: () => `<img alt="a" src="${probe('relative-src')}"><img alt="b" src="${probe('relative-src2').slice(1)}">`,
  },
  {
    kind: 'url',
    remote: true,
    name: 'backslash protocol-relative src (a remote host)',
    html: () => `<img alt="a" src="/\\localhost${probe('backslash-src')}">`,
  },
  {
    kind: 'url',
    name: 'space inside a background attribute',
    html: (o) => `<table background="ht tps://${o.slice(7)}${probe('space-bg')}"><tr><td>cell</td></tr></table>`,
  },
  {
    kind: 'url',
    name: 'relative background attribute',
    html: () => `<table><tr><td background="${probe('relative-bg')}">cell</td></tr></table>`,
  },
  {
    kind: 'url',
    name: 'srcset with a control character and a relative candidate',
    html: (o) =>
      `<img alt="a" src="cid:a@x" srcset="ht\u0001tps://${o.slice(7)}${probe('ctl-srcset')} 1x, ${probe('relative-srcset')} 2x">`,
  },
  {
    kind: 'url',
    name: 'CSS url() with a space in the scheme',
    html: (o) => `<div style="background-image:url('ht tps://${o.slice(7)}${probe('space-css')}')">x</div>`,
  },
  {
    kind: 'url',
    name: 'CSS url() relative, plain and escaped',
    html: () =>
      `<div style="background:url(${probe('relative-css')})">x</div><div style="background:u\\72l(${probe('escaped-css')})">y</div><div style="background:url(&quot;\\2f __inkwell_probe/hex-css&quot;)">z</div>`,
  },
  {
    kind: 'url',
    remote: true,
    name: 'CSS escapes that spell a remote scheme around a relative path',
    html: (o) => `<div style="background:url('\\68 t\\09 tps://${o.slice(7)}${probe('css-tab-escape')}')">x</div>`,
  },
  {
    kind: 'url',
    name: 'CSS image-set(), -webkit-image-set(), cross-fade()',
    html: () =>
      `<div style="background-image:image-set('${probe('imageset')}' 1x)">a</div><div style="background-image:-webkit-image-set(url(${probe('wk-imageset')}) 1x)">b</div><div style="background-image:cross-fade(url(${probe('crossfade')}), url(${probe('crossfade2')}), 50%)">c</div>`,
  },
  {
    kind: 'url',
    name: 'CSS cursor, list-style-image, border-image, content',
    html: () =>
      `<p style="cursor:url(${probe('cursor')}), auto">a</p><ul style="list-style-image:url(${probe('list')})"><li>b</li></ul><div style="border:5px solid;border-image:url(${probe('border')}) 30">c</div><div style="content:url(${probe('content')})">d</div>`,
  },
  {
    kind: 'url',
    name: '@import and <style>',
    html: () =>
      `<style>@import url(${probe('import-tag')}); p { background: url(${probe('style-tag')}) }</style><p style="@import url(${probe('import-attr')})">a</p>`,
  },
  {
    kind: 'url',
    name: 'every other URL-bearing attribute',
    html: () =>
      `<video poster="${probe('poster')}"></video><input type="image" src="${probe('input')}"><object data="${probe('object')}"></object><form action="${probe('action')}"><button formaction="${probe('formaction')}">b</button></form><img alt="a" lowsrc="${probe('lowsrc')}" dynsrc="${probe('dynsrc')}"><svg><image href="${probe('svg-href')}" xlink:href="${probe('xlink')}"></image></svg><a ping="${probe('ping')}" href="https://example.com/">l</a><link rel="preload" as="image" href="${probe('preload')}"><embed src="${probe('embed')}"><iframe src="${probe('iframe')}"></iframe><audio src="${probe('audio')}"></audio><source src="${probe('source')}"><track src="${probe('track')}"><body background="${probe('body-bg')}"></body>`,
  },
  {
    kind: 'url',
    name: 'remote images on the page origin (must stay parked)',
    remote: true,
    html: (o) =>
      `<img alt="a" src="${o}${probe('remote-src')}"><div style="background:url(${o}${probe('remote-css')})">x</div><table background="${o}${probe('remote-bg')}"><tr><td>c</td></tr></table>`,
  },
  // Internal attributes planted by the input.
  {
    kind: 'internal-attribute',
    name: 'planted composer parking attribute',
    remote: true,
    html: (o) => `<p>pasted</p><img alt="planted" data-inkwell-src="${o}${probe('planted-src')}">`,
  },
  {
    kind: 'internal-attribute',
    name: 'planted sanitizer parking attributes',
    remote: true,
    html: (o) =>
      `<img alt="a" data-inkwell-remote-src="${o}${probe('planted-remote-src')}"><div data-inkwell-remote-style="background:url(${o}${probe('planted-remote-style')})">x</div><img alt="b" data-inkwell-remote-src="${probe('planted-relative')}">`,
  },
  // CSS that moves content out of its box or over the page.
  {
    kind: 'containment',
    name: 'position relative with offsets',
    html: () => `<div style="position:relative;top:-3000px;left:-3000px">${CONTAINED_TEXT}</div>`,
  },
  {
    kind: 'containment',
    name: 'inset and logical offsets',
    html: () =>
      `<div style="position:relative;inset:-2000px auto auto -2000px;inset-inline-start:-900px">${CONTAINED_TEXT}</div>`,
  },
  {
    kind: 'containment',
    name: 'transform, translate, rotate, scale',
    html: () =>
      `<div style="transform:translate(-200vw,-200vh)">${CONTAINED_TEXT}</div><div style="translate:-5000px -5000px">${CONTAINED_TEXT}</div><div style="scale:40;rotate:90deg">big</div>`,
  },
  {
    kind: 'containment',
    name: 'escaped and commented transform',
    html: () =>
      `<div style="tr\\61nsform:translateY(-9999px)">${CONTAINED_TEXT}</div><div style="trans/**/form:translateX(-9999px)">${CONTAINED_TEXT}</div>`,
  },
  {
    kind: 'containment',
    name: 'negative margins and text-indent',
    html: () =>
      `<p style="margin-top:-5000px">${CONTAINED_TEXT}</p><p style="margin:-100px 0 0 -4000px">${CONTAINED_TEXT}</p><p style="margin-left:calc(-100vw)">${CONTAINED_TEXT}</p><p style="text-indent:-9999px">${CONTAINED_TEXT}</p>`,
  },
  {
    kind: 'containment',
    name: 'fixed, absolute and sticky overlays with !important and huge z-index',
    html: () =>
      `<div style="position:fixed!important;inset:0;z-index:2147483647;background:red">${CONTAINED_TEXT}</div><div style="position:absolute !important;top:-100px;left:-100px;width:5000px;height:5000px;background:blue">cover</div><div style="position:-webkit-sticky;top:0">s</div>`,
  },
  {
    kind: 'containment',
    name: 'custom properties feeding position and offsets',
    html: () =>
      `<div style="--p:fixed;--t:-4000px;position:var(--p);top:var(--t);margin-top:var(--t)">${CONTAINED_TEXT}</div>`,
  },
  {
    kind: 'containment',
    name: 'clip-path and mask tricks',
    html: () =>
      `<div style="clip-path:inset(0 0 100% 0);-webkit-clip-path:circle(0)">${CONTAINED_TEXT}</div><div style="mask:linear-gradient(transparent,transparent);-webkit-mask-image:linear-gradient(transparent,transparent)">${CONTAINED_TEXT}</div>`,
  },
  {
    kind: 'containment',
    name: 'offset-path motion',
    html: () => `<div style="offset-path:path('M 0 0 L -3000 -3000');offset-distance:100%">${CONTAINED_TEXT}</div>`,
  },
];
