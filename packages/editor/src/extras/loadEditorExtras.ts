// Loads the composer's on-demand parts (editorExtrasChunk) once; a failed load is tried again by the next call.
import { createLazyModule } from '@inkwell/compose-core';
import type * as extras from './editorExtrasChunk';

export type EditorExtras = typeof extras;

export const editorExtras = createLazyModule<EditorExtras>(() => import('./editorExtrasChunk'), {
  what: 'The composer’s image, link and cursor tools',
  loader: 'loadEditorExtras',
});

export const { load: loadEditorExtras, loaded: editorExtrasLoaded } = editorExtras;
