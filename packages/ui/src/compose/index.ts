export { ComposeWindow, type ComposeWindowProps } from './ComposeWindow';
export { ComposeDock, type ComposeDockProps } from './ComposeDock';
export {
  createComposeDockStore,
  type ComposeDockStore,
  type ComposeDockStoreOptions,
  type DockedCompose,
} from './createComposeDockStore';
export type { ComposeLayout } from './composeLayout';
export { composeMessages, type ComposeMessageKey } from './composeMessages';
// The dialogs' English strings stay out of this entry (a value exported here would pin them in the window's chunk).
export type { ComposeDialogMessageKey } from './composeDialogMessages';
export { editorCatalog } from './editorCatalog';
