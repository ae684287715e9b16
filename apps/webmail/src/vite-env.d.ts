/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `'true'` when the app runs on the embedded emulator (set by webmailViteConfig): shows its outbox. */
  readonly VITE_INKWELL_EMULATOR?: string;
}
