import { editorMessages, type EditorMessages } from '@inkwell/editor';
import { useMemo } from 'react';
import { useMessages } from '../i18n/useMessages';

/** The composer's strings as catalog entries (`editor.bold`…), so one catalog translates the whole window. */
export const editorCatalog = Object.fromEntries(
  Object.entries(editorMessages).map(([key, value]) => [`editor.${key}`, value]),
) as Record<`editor.${keyof EditorMessages}`, string>;

/** The composer's strings in the provider's language. */
export function useEditorMessagesFromCatalog(): EditorMessages {
  const t = useMessages(editorCatalog);
  return useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(editorMessages) as (keyof EditorMessages)[]).map((key) => [key, t(`editor.${key}`)]),
      ) as EditorMessages,
    [t],
  );
}
