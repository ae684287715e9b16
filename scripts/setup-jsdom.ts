import '@testing-library/jest-dom/vitest';

// ProseMirror needs these layout APIs, which jsdom lacks (see shared toolchain notes).
if (!document.elementFromPoint) document.elementFromPoint = () => null;
Range.prototype.getClientRects ??= () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
