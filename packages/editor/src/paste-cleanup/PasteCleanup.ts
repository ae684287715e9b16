// Cleans what is pasted or dropped before the sanitizer and the schema see it. Plain text is linkified by the Link
// extension's paste rule (linkifyjs); a clipboard holding only an image becomes an inline image.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { insertImageFiles } from '../inline-image/insertImageFiles';
import { composerHtmlKit, composerSanitizerLoaded } from '../sanitize/composerSanitizer';
import { imageFilesOf, isImageOnlyPaste } from './isImageOnlyPaste';

export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',
  // Runs first in the transformPastedHTML chain; SafeContent sanitizes last.
  priority: 1000,

  transformPastedHTML(html) {
    // The clean-up loads with the sanitizer; before it, SafeContent has held the paste, or keeps only its text.
    return composerSanitizerLoaded() ? composerHtmlKit().cleanOfficeHtml(html) : html;
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          handlePaste(_view, event) {
            if (editor.storage.plainTextMode?.enabled || !isImageOnlyPaste(event.clipboardData)) return false;
            event.preventDefault();
            void insertImageFiles(editor, imageFilesOf(event.clipboardData));
            return true;
          },
        },
      }),
    ];
  },
});
