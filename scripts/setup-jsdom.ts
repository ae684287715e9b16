import '@testing-library/jest-dom/vitest';

// ProseMirror needs these layout APIs, which jsdom lacks (see shared toolchain notes).
if (!document.elementFromPoint) document.elementFromPoint = () => null;
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);

// The session loads its plain-text converter on demand (a chunk in an app); under test, transforming that module on
// first use takes longer than the fake clocks many session tests run on wait. Loaded here once; loadBodyPlainText's
// own tests load it the lazy way, in a fresh module graph.
await import('../packages/compose-core/src/text/loadBodyPlainText').then((m) => m.loadBodyPlainText());
