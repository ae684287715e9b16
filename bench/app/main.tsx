// The benchmark page: mounts one editor with one quote size, chosen by the URL, and exposes `window.__inkwellBench`
// for the runner.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { generateQuotedReply } from '../fixtures/generateQuotedReply';
import { parseBenchCase, type BenchCase } from './benchCase';
import type { BenchPage } from './benchPage';
import { createMemoryAttachmentQueue } from './createMemoryAttachmentQueue';
import {
  countDeep,
  editorHasFocus,
  firstParagraph,
  inputReady,
  placeCaretInFirstParagraph,
  quotePainted,
} from './editorDom';
import { Composer, InkwellEditor, loadComposerSanitizer } from './InkwellEditor';
import { installLatencyProbe } from './installLatencyProbe';
import { StarterKitEditor } from './StarterKitEditor';
import { watchMount } from './watchMount';

// The smallest valid PNG (1×1 transparent): stands in for the quote's inline images, served as blob: URLs.
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

const probe = installLatencyProbe();
let readHtml: () => string = () => '';
const page: BenchPage = {
  status: 'loading',
  quote: null,
  placeCaret: () => placeCaretInFirstParagraph(),
  hasFocus: () => editorHasFocus(),
  firstParagraphText: () => firstParagraph()?.textContent ?? '',
  serializedHtml: () => readHtml(),
  renderedTables: () => countDeep(document, 'table'),
  samples: probe.samples,
  waitForSamples: probe.waitForSamples,
  clearSamples: probe.clear,
};
window.__inkwellBench = page;

function caseView({ editor, size, quoteBytes }: BenchCase): ReactNode {
  const quote = quoteBytes === null ? null : generateQuotedReply({ targetBytes: quoteBytes });
  if (quote) {
    const { html: _html, ...stats } = quote;
    page.quote = stats;
  }
  const heading = <h1 style={{ fontSize: 16 }}>{`Typing benchmark: ${editor}, quote ${size}`}</h1>;

  if (editor === 'starterkit') {
    const content = `<p></p>${quote ? `<blockquote type="cite">${quote.html}</blockquote>` : ''}`;
    return (
      <>
        {heading}
        <StarterKitEditor content={content} onHtml={(read) => (readHtml = read)} />
      </>
    );
  }
  if (!Composer) {
    page.status = 'unavailable';
    page.message = '@inkwell/editor does not export Composer yet';
    return (
      <>
        {heading}
        <p role="alert">{`Inkwell editor not available: ${page.message}.`}</p>
      </>
    );
  }
  // The original's inline images travel with the reply as inline parts, as they do when a client forwards them.
  const cids = quote ? [...quote.html.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1] ?? '') : [];
  const queue = createMemoryAttachmentQueue({
    senderDomain: 'bench.example',
    initial: cids.map((contentId, i) => ({
      file: new Blob([onePixelPng], { type: 'image/png' }),
      name: `image${i + 1}.png`,
      contentId,
    })),
  });
  return (
    <>
      {heading}
      <InkwellEditor queue={queue} quotedHtml={quote?.html} onHtml={(read) => (readHtml = read)} />
    </>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
try {
  const benchCase = parseBenchCase(location.search);
  page.editor = benchCase.editor;
  page.size = benchCase.size;
  const view = caseView(benchCase);
  // A reply's compose window starts loading the composer's sanitizer chunk beside its server reads (the quote's
  // fetch), so the composer finds it loaded when it mounts; here it loads beside generating the quote, before the
  // clock. What that fetch costs is in bench/README.md.
  if (benchCase.editor === 'inkwell' && benchCase.quoteBytes !== null) await loadComposerSanitizer?.();
  if (page.status === 'loading') {
    // The clock starts when mounting starts (the quote is generated before): our composer's wait for its session's
    // journal check is part of its mount, as in an app.
    const startedAt = performance.now();
    watchMount(startedAt, { inputReady, ...(benchCase.quoteBytes === null ? {} : { quotePainted }) }).then(
      (times) => {
        page.mount = times;
        page.status = 'ready';
      },
      (error: unknown) => {
        page.status = 'error';
        page.message = error instanceof Error ? error.message : String(error);
      },
    );
  }
  // No StrictMode: the page is built for production, where it would only add a wrapper.
  root.render(view);
} catch (error) {
  page.status = 'error';
  page.message = error instanceof Error ? error.message : String(error);
  root.render(<p role="alert">{page.message}</p>);
}
