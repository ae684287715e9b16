import { REMOTE_ATTRIBUTES } from '@inkwell/compose-core';
import { useLayoutEffect, useRef } from 'react';

// Inside the shadow root: the mail's inline styles apply to the mail only, the app's CSS does not reach in, and
// `contain: paint` keeps fixed-position overlays inside the box.
const SHADOW_STYLE = `
:host { display: block; contain: layout paint; overflow: auto; color: CanvasText; }
.body { font: 15px/1.5 system-ui, sans-serif; overflow-wrap: anywhere; }
img { max-width: 100%; height: auto; }
img[${REMOTE_ATTRIBUTES.src}] { outline: 1px dashed GrayText; min-width: 1rem; min-height: 1rem; }
pre { white-space: pre-wrap; }
`;

/**
 * Shows an already sanitized mail body. `cid:` images point at the part bytes once they are loaded; until then they
 * have no `src` (a `cid:` URL would only log an error). Built in an inert document, so nothing loads on the way.
 */
export function MailBodyView({
  html,
  cidUrls,
  label,
}: {
  html: string;
  cidUrls: ReadonlyMap<string, string>;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const doc = new DOMParser().parseFromString(`<div class="body">${html}</div>`, 'text/html');
    for (const img of doc.querySelectorAll('img[src]')) {
      const src = img.getAttribute('src') ?? '';
      if (!/^cid:/i.test(src)) continue;
      const url = cidUrls.get(decodeURIComponent(src.slice(4)).replace(/^<|>$/g, '').toLowerCase());
      if (url) img.setAttribute('src', url);
      else img.removeAttribute('src');
    }
    const style = document.createElement('style');
    style.textContent = SHADOW_STYLE;
    const body = doc.body.firstElementChild;
    shadow.replaceChildren(style, ...(body ? [document.adoptNode(body)] : []));
  }, [html, cidUrls]);
  return <div ref={host} className="wm-mail-body" role="document" aria-label={label} />;
}
