// Test helpers for apps that test their own composer integration: `@inkwell/editor/testing`, kept out of the main
// entry so they never ship in an app bundle.
export { createFakeAttachmentQueue } from './test-utils/createFakeAttachmentQueue';
export type { FakeAttachmentQueue, FakeAttachmentQueueOptions } from './test-utils/createFakeAttachmentQueue';
