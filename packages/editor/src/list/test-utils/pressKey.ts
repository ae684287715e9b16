// Presses a key on an editor as a keyboard does, for tests in jsdom (nothing types there).
import type { Editor } from '@tiptap/core';

const KEY_CODES: Record<string, number> = { Backspace: 8, Tab: 9, Enter: 13, Delete: 46, '7': 55, '8': 56, z: 90 };

/** Presses a key named as ProseMirror's keymaps name it ("Mod-Shift-8", "Shift-Tab"); true when the editor took it. */
export function pressKey(editor: Editor, combo: string): boolean {
  const parts = combo.split('-');
  const key = parts.pop() ?? '';
  const mod = parts.includes('Mod');
  const mac = /Mac|iP(hone|[oa]d)/.test(navigator.platform);
  const event = new KeyboardEvent('keydown', {
    key,
    ctrlKey: (mod && !mac) || parts.includes('Ctrl'),
    metaKey: mod && mac,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
    bubbles: true,
    cancelable: true,
  });
  // With Shift held ProseMirror names the key by its code (Mod-Shift-8 is "*" on the key).
  Object.defineProperty(event, 'keyCode', { value: KEY_CODES[key] ?? 0 });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}
