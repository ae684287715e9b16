// Stories only: finds English catalog strings left in a translated window (text, names, placeholders, tooltips).
import * as ui from '../../index';
import type { MessageCatalog } from '../../i18n/types';
import { composeDialogMessages } from '../composeDialogMessages';
import { composeMessages } from '../composeMessages';
import { editorCatalog } from '../editorCatalog';

function englishCatalogs(): MessageCatalog[] {
  // The window's own catalogs are in the `compose` entry, not the main one.
  const catalogs: MessageCatalog[] = [composeMessages, composeDialogMessages, editorCatalog];
  for (const [name, value] of Object.entries(ui)) {
    if (name.endsWith('Messages') && value && typeof value === 'object') catalogs.push(value as MessageCatalog);
  }
  return catalogs;
}

/** English strings (without arguments) that differ from their translation and still show in `root`. */
export function findEnglishLeftovers(root: Element, translation: MessageCatalog): string[] {
  const english = new Set<string>();
  for (const catalog of englishCatalogs()) {
    for (const [key, message] of Object.entries(catalog)) {
      if (!message.includes('{') && translation[key] !== message) english.add(message);
    }
  }
  const seen = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) seen.add(text);
      continue;
    }
    const element = node as Element;
    for (const attribute of ['aria-label', 'placeholder', 'title', 'data-tooltip', 'alt', 'aria-description']) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) seen.add(value.replace(/ \(.*\)$/, ''));
    }
  }
  return [...seen].filter((text) => english.has(text));
}
