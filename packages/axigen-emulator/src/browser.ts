// `@inkwell/axigen-emulator/browser`: the emulator in a page, behind MSW (Storybook, browser tests, demos).
export {
  createBrowserEmulator,
  createEmulatorHandlers,
  type BrowserEmulatorOptions,
  type EmulatorHandlersOptions,
} from './msw/handlers';
export { createEmulator } from './index';
export type * from './index';
export { composePortable } from './mime/compose-portable';
