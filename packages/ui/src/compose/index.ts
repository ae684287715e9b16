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
export { editorCatalog } from './editorCatalog';
