// The inline image's node view: its controls come with the composer's on-demand parts, which load with the editor;
// until then (a moment, on a draft reopened with images) the image keeps its place.
import type { NodeViewProps } from '@tiptap/core';
import { editorExtras } from '../extras/loadEditorExtras';
import { useLazyModule } from '../lazy/useLazyModule';

export function LazyInlineImageView(props: NodeViewProps) {
  const extras = useLazyModule(editorExtras).value;
  return extras ? <extras.InlineImageView {...props} /> : <span className="inkwell-image" data-state="loading" />;
}
