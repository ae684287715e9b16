// Dispatches a paste event the way a browser does, with clipboard data. Real DataTransfer where the
// environment has one (Chromium); a minimal stand-in in jsdom, which lacks it.
import type { Editor } from '@tiptap/core';

export interface ClipboardContent {
  html?: string;
  text?: string;
  files?: File[];
}

function fakeDataTransfer({ html, text, files = [] }: ClipboardContent): DataTransfer {
  const data: Record<string, string> = {};
  if (html !== undefined) data['text/html'] = html;
  if (text !== undefined) data['text/plain'] = text;
  const fileList = Object.assign([...files], { item: (i: number) => files[i] ?? null });
  return {
    types: [...Object.keys(data), ...(files.length ? ['Files'] : [])],
    files: fileList as unknown as FileList,
    items: [] as unknown as DataTransferItemList,
    getData: (type: string) => data[type] ?? '',
    setData: () => {},
    clearData: () => {},
  } as unknown as DataTransfer;
}

export function clipboardData(content: ClipboardContent): DataTransfer {
  if (typeof DataTransfer === 'function') {
    try {
      const transfer = new DataTransfer();
      if (content.html !== undefined) transfer.setData('text/html', content.html);
      if (content.text !== undefined) transfer.setData('text/plain', content.text);
      for (const file of content.files ?? []) transfer.items.add(file);
      return transfer;
    } catch {
      // fall through to the stand-in
    }
  }
  return fakeDataTransfer(content);
}

export function pasteInto(editor: Editor, content: ClipboardContent): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData(content) });
  editor.view.dom.dispatchEvent(event);
}
