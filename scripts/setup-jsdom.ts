import '@testing-library/jest-dom/vitest';

// ProseMirror needs these layout APIs, which jsdom lacks (see shared toolchain notes).
if (!document.elementFromPoint) document.elementFromPoint = () => null;
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);

// The session loads its plain-text converter and its send code on demand (chunks in an app); under test, transforming
// those modules on first use takes longer than the fake clocks many session tests run on wait. Loaded here once;
// loadBodyPlainText's and loadSessionFlows' own tests load them the lazy way, in a fresh module graph.
await import('../packages/compose-core/src/text/loadBodyPlainText').then((m) => m.loadBodyPlainText());
await import('../packages/compose-core/src/session/loadSessionFlows').then((m) => m.loadSessionFlows());

// The same for the composer's HTML sanitizer (a chunk of its own in an app): tests that mount the composer with HTML
// or paste into it find it loaded, as a reply finds it. composerSanitizer's own tests load it the lazy way.
await import('../packages/editor/src/sanitize/composerSanitizer').then((m) => m.loadComposerSanitizer());

// The same for linkifyjs (the Link extension loads it on demand): typed and pasted URLs are linked at once. The lazy
// path has its own tests (packages/editor/src/link/loadLinkify.test.ts).
await import('../packages/editor/src/link/loadLinkify').then((m) => m.loadLinkify());

// ProseMirror's view.pasteHTML (a paste held while the sanitizer loads) makes a ClipboardEvent, which jsdom lacks.
globalThis.ClipboardEvent ??= class extends Event {
  readonly clipboardData = null;
} as unknown as typeof ClipboardEvent;

// The composer's on-demand parts (cursors, the inline image's controls, the link form), loaded with an editor in an
// app; their lazy path has its own tests (packages/editor/src/extras/loadEditorExtras.test.tsx).
await import('../packages/editor/src/extras/loadEditorExtras').then((m) => m.loadEditorExtras());

// The compose window's attachment list, a chunk loaded once there is something to list; its lazy path has its own
// tests (packages/ui/src/compose/ComposeAttachmentList.test.tsx).
await import('../packages/ui/src/compose/ComposeAttachmentList').then((m) => m.loadAttachmentList());

// The recipient field's address parser, a chunk of its own in an app, loaded when a field takes focus; recipientParser's
// own tests load it the lazy way.
await import('../packages/ui/src/recipients/recipientParser').then((m) => m.loadRecipientParser());

// The menus' open state and items (menuParts), a chunk loaded when the pointer or focus reaches a menu button; the
// lazy path has its own tests (packages/ui/src/menu/loadMenu.test.tsx).
await import('../packages/ui/src/menu/Menu').then((m) => m.loadMenu());
