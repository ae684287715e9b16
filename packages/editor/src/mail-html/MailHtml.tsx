import type { Ref } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { RenderedMailHtml } from './renderMailHtml';
import { composerHtmlKit, composerSanitizerLoaded, loadComposerSanitizer } from '../sanitize/composerSanitizer';
import { textLinesOf } from '../sanitize/textOnlyHtml';

/** The mail's text alone, set as text (nothing in it is markup), when the sanitizer cannot be loaded. */
function showTextOnly(host: HTMLElement, html: string): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const body = host.ownerDocument.createElement('div');
  body.style.whiteSpace = 'pre-wrap';
  body.textContent = textLinesOf(html).join('\n');
  root.replaceChildren(body);
}

export interface MailHtmlProps {
  /** The mail body (sanitized again here; pass it raw or sanitized). */
  html: string;
  /** Load remote images and backgrounds. Default `false`. */
  allowRemote?: boolean;
  /** Called after a render that held remote content back: show a "Load images" offer. */
  onRemoteBlocked?: (result: RenderedMailHtml) => void;
  /** A URL for a `cid:` image (e.g. a blob URL of the part); keep it stable (useCallback) to avoid re-renders. */
  resolveCid?: (contentId: string) => string | undefined;
  /** Accessible name; the element is then a `document` region. */
  label?: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A received or quoted mail on screen: sanitized, in a shadow root that clips it to its box, with nothing
 * positioned or transformed, and remote resources blocked until `allowRemote`. `data-state` is `blocked` while
 * remote content is held back, `shown` once allowed, `none` when the mail has none (or before the sanitizer's chunk
 * has loaded for the first mail), `failed` when that chunk could not load and only the text is shown.
 */
export function MailHtml({
  html,
  allowRemote = false,
  onRemoteBlocked,
  resolveCid,
  label,
  className,
  ref,
}: MailHtmlProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState<'none' | 'blocked' | 'shown' | 'failed'>('none');
  const onBlocked = useRef(onRemoteBlocked);
  onBlocked.current = onRemoteBlocked;

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const render = () => {
      const result = composerHtmlKit().renderMailHtml(element, html, { allowRemote, resolveCid });
      setState(!result.hasRemoteContent ? 'none' : allowRemote ? 'shown' : 'blocked');
      if (result.hasRemoteContent && !allowRemote) onBlocked.current?.(result);
    };
    if (composerSanitizerLoaded()) return render();
    // The first mail shown waits for the sanitizer's chunk; if it cannot load, the reader still gets the text.
    let live = true;
    loadComposerSanitizer().then(
      () => live && render(),
      () => {
        if (!live) return;
        showTextOnly(element, html);
        setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [html, allowRemote, resolveCid]);

  return (
    <div
      ref={(element) => {
        host.current = element;
        if (typeof ref === 'function') return ref(element);
        if (ref) ref.current = element;
      }}
      className={className}
      data-state={state}
      {...(label ? { role: 'document', 'aria-label': label } : {})}
    />
  );
}
