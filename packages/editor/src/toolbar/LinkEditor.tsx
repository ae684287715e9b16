// The link form: edit the address of the link at the selection, or remove it. Enter applies, Escape closes.
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { useEditorMessages } from '../messages/EditorMessagesContext';
import { normalizeLinkHref } from './normalizeLinkHref';

interface Props {
  editor: Editor;
  initialHref: string;
  onClose: () => void;
}

export function LinkEditor({ editor, initialHref, onClose }: Props) {
  const t = useEditorMessages();
  const [value, setValue] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  const apply = () => {
    const result = normalizeLinkHref(value);
    if (!result.ok) {
      setError(
        result.error === 'empty'
          ? t.linkEmpty
          : result.error === 'invalid'
            ? t.linkInvalid.replace('{value}', result.value)
            : t.linkScheme.replace('{scheme}', result.scheme),
      );
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, insert the address itself as the link text.
    if (editor.state.selection.empty && !editor.isActive('link')) {
      const text = result.href.replace(/^mailto:/, '');
      chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href: result.href } }] }).run();
    } else {
      chain.setLink({ href: result.href }).run();
      // Typing goes on after the link, as in other mail clients, rather than over the words just linked.
      editor.commands.setTextSelection(editor.state.selection.to);
    }
    onClose();
  };

  return (
    <div role="group" aria-label={t.link} className="inkwell-link-editor">
      <label htmlFor={inputId}>{t.linkAddress}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoFocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
            editor.commands.focus();
          }
        }}
      />
      <button type="button" onClick={apply}>
        {t.applyLink}
      </button>
      {initialHref ? (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t.removeLink}
        </button>
      ) : null}
      <button type="button" onClick={onClose}>
        {t.cancel}
      </button>
      {error ? (
        <p id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
