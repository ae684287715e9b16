// Shortcuts written once as "Mod-b" (Tiptap's notation), shown two ways: for people in the title ("Ctrl+B" or
// "⌘B") and for assistive technology in aria-keyshortcuts ("Control+B" or "Meta+B").
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

const ARIA: Record<string, string> = { Mod: '', Shift: 'Shift', Alt: 'Alt' };

export function ariaKeyShortcut(shortcut: string, mac = isMac()): string {
  return shortcut
    .split('-')
    .map((part) => (part === 'Mod' ? (mac ? 'Meta' : 'Control') : (ARIA[part] ?? part.toUpperCase())))
    .join('+');
}

export function displayShortcut(shortcut: string, mac = isMac()): string {
  const parts = shortcut.split('-').map((part) => {
    if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return mac ? '⇧' : 'Shift';
    if (part === 'Alt') return mac ? '⌥' : 'Alt';
    return part.toUpperCase();
  });
  return parts.join(mac ? '' : '+');
}
