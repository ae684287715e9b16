// A plain (non-React) node view: the quote's HTML goes into a shadow root through renderMailHtml (the containment
// every message view uses), so ProseMirror never parses or observes it and its tables and styles survive without
// leaking into the page. Typing speed does not depend on the quote's size.
import type { AttachmentQueue } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { renderMailHtml } from '../mail-html/renderMailHtml';
import { QUOTE_SHADOW_STYLES } from './quoteStyles';
import type { QuotedOriginalAttributes } from './types';

let counter = 0;

function button(label: string, text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (label !== text) element.setAttribute('aria-label', label);
  element.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return element;
}

export class QuotedOriginalView implements NodeView {
  dom: HTMLElement;
  private host: HTMLElement;
  private toggle: HTMLButtonElement;
  private showImages: HTMLButtonElement;
  private actions: HTMLElement;
  private renderedKey = '';
  private renderedHtml: string | null = null;
  private unsubscribe: () => void;

  constructor(
    private node: PMNode,
    private editor: Editor,
    private queue: AttachmentQueue | null,
  ) {
    counter += 1;
    const hostId = `inkwell-quote-${counter}`;
    this.dom = document.createElement('div');
    this.dom.className = 'inkwell-quote';
    this.dom.contentEditable = 'false';
    this.dom.setAttribute('data-inkwell-quote', '');

    const bar = document.createElement('div');
    bar.className = 'inkwell-quote-bar';
    this.toggle = button('Show quoted text', '…', () => editor.commands.toggleQuotedOriginal());
    this.toggle.setAttribute('aria-controls', hostId);
    this.actions = document.createElement('span');
    this.actions.className = 'inkwell-quote-actions';
    this.showImages = button('Show images in quoted text', 'Show images', () => editor.commands.showQuoteImages());
    this.showImages.hidden = true;
    this.actions.append(
      this.showImages,
      button('Edit quoted text', 'Edit quoted text', () => editor.commands.quoteToEditableText()),
      button('Remove quoted text', 'Remove quoted text', () => editor.commands.removeQuotedOriginal()),
    );
    bar.append(this.toggle, this.actions);

    this.host = document.createElement('div');
    this.host.id = hostId;
    this.host.className = 'inkwell-quote-host';
    this.host.setAttribute('role', 'group');
    this.host.setAttribute('aria-label', 'Quoted original message');
    this.host.attachShadow({ mode: 'open' });
    this.dom.append(bar, this.host);

    this.unsubscribe = queue?.subscribe(() => this.render()) ?? (() => {});
    // Rendered at once, even while the editor is still detached: EditorContent keeps the node views it finds, so
    // the long quote is parsed into the shadow DOM once.
    this.render();
  }

  private get attrs(): QuotedOriginalAttributes {
    return this.node.attrs as QuotedOriginalAttributes;
  }

  /** The bar and the expanded state; returns whether the quote is expanded. */
  private renderFrame(): boolean {
    const { collapsed } = this.attrs;
    const expanded = !collapsed;
    this.dom.setAttribute('data-state', expanded ? 'expanded' : 'collapsed');
    this.toggle.setAttribute('aria-expanded', String(expanded));
    this.toggle.setAttribute('aria-label', expanded ? 'Hide quoted text' : 'Show quoted text');
    this.host.hidden = !expanded;
    this.actions.hidden = !expanded || !this.editor.isEditable;
    return expanded;
  }

  private render(): void {
    const { html, showImages } = this.attrs;
    if (!this.renderFrame()) return;
    // Re-render only when the HTML, the image permission or a cid image's preview changed, not on every
    // progress event of an unrelated upload.
    const key = `${showImages}|${this.previewKey()}`;
    if (html === this.renderedHtml && key === this.renderedKey) return;
    this.renderedHtml = html;
    this.renderedKey = key;
    const display = renderMailHtml(this.host, html, {
      allowRemote: showImages,
      resolveCid: (contentId) => {
        const entry = this.queue?.byContentId(contentId);
        return entry ? this.queue?.previewUrl(entry.localId) : undefined;
      },
      extraStyles: QUOTE_SHADOW_STYLES,
    });
    this.showImages.hidden = showImages || !display.hasRemoteContent;
  }

  private previewKey(): string {
    if (!this.queue || !/cid:/i.test(this.attrs.html)) return '';
    return this.queue
      .getSnapshot()
      .map((entry) => (entry.contentId ? `${entry.contentId}=${this.queue?.previewUrl(entry.localId) ?? ''}` : ''))
      .join('|');
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  /** The quote's own controls and content handle their events; ProseMirror stays out. */
  stopEvent(event: Event): boolean {
    return event.type !== 'dragstart' && event.type !== 'drop';
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unsubscribe();
  }
}
