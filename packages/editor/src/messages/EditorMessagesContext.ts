import { createContext, useContext } from 'react';
import { editorMessages, type EditorMessages } from './editorMessages';

export const EditorMessagesContext = createContext<EditorMessages>(editorMessages);

export function useEditorMessages(): EditorMessages {
  return useContext(EditorMessagesContext);
}
