// The baseline: a bare Tiptap StarterKit editor holding the same quote as ordinary ProseMirror content, the way
// most Tiptap mail composers do it.
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';

export interface StarterKitEditorProps {
  /** The initial document: an empty paragraph, then the quote. */
  content: string;
  onHtml(read: () => string): void;
}

export function StarterKitEditor({ content, onHtml }: StarterKitEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit],
    content,
    editorProps: { attributes: { 'aria-label': 'Message body' } },
  });
  useEffect(() => onHtml(() => editor.getHTML()), [editor, onHtml]);
  return <EditorContent editor={editor} />;
}
