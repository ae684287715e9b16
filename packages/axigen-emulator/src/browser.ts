// `@inkwell/axigen-emulator/browser`: the emulator in a page, behind MSW (Storybook, browser tests, demos).
export * from './index';
export {
  createBrowserEmulator,
  createEmulatorHandlers,
  type BrowserEmulatorOptions,
  type EmulatorHandlersOptions,
} from './msw/handlers';
