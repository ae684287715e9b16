// The mail allowlist, shared by both sanitizer engines (DOMPurify's configuration and the browser-sanitizer walk),
// so the two cannot drift apart.

// An allowlist rather than DOMPurify's HTML profile: that profile admits forms, media, <dialog>, popover
// attributes and more that a mail never needs. `id` and `name` are absent on purpose (DOM clobbering).
export const ALLOWED_TAGS = [
  ...['a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br'],
  ...['caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'dir', 'div', 'dl'],
  ...['dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header'],
  ...['hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'label', 'li', 'main', 'map', 'mark', 'nav', 'nobr', 'ol', 'p'],
  ...['pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub'],
  ...['summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr'],
];
export const ALLOWED_ATTR = [
  ...['abbr', 'align', 'alt', 'background', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'char', 'charoff'],
  ...['cite', 'class', 'clear', 'color', 'cols', 'colspan', 'coords', 'datetime', 'dir', 'face', 'headers'],
  ...['height', 'href', 'hreflang', 'hspace', 'lang', 'noshade', 'nowrap', 'open', 'reversed', 'role', 'rowspan'],
  ...['scope', 'shape', 'size', 'sizes', 'span', 'src', 'srcset', 'start', 'style', 'summary', 'title', 'type'],
  ...['usemap', 'valign', 'value', 'vspace', 'width'],
];
// Only these schemes survive in `href`/`src`; relative URLs pass here and are judged per attribute afterwards.
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel|cid):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// Dropped with what is inside them instead of keeping their text (beyond DOMPurify's own list).
export const ADD_FORBID_CONTENTS = [
  'object',
  'embed',
  'applet',
  'select',
  'option',
  'datalist',
  'audio',
  'video',
  'canvas',
];
