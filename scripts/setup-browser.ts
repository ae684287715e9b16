// The composer's HTML sanitizer is a chunk of its own in an app; tests that mount the composer with HTML, paste into
// it or render mail find it loaded, as a reply finds it. The lazy path has its own tests
// (packages/editor/src/sanitize/composerSanitizer.test.tsx).
await import('../packages/editor/src/sanitize/composerSanitizer').then((m) => m.loadComposerSanitizer());
await import('../packages/ui/src/recipients/recipientParser').then((m) => m.loadRecipientParser());
await import('../packages/editor/src/extras/loadEditorExtras').then((m) => m.loadEditorExtras());
await import('../packages/ui/src/compose/ComposeAttachmentList').then((m) => m.loadAttachmentList());
await import('../packages/ui/src/menu/Menu').then((m) => m.loadMenu());
