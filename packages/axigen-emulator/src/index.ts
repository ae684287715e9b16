// @inkwell/axigen-emulator: the framework-free core. Runtimes (Node server, Vite plugin, MSW) build on it.
// The nodemailer composer is in './node-mime' so browser bundles never import nodemailer.
export { createEmulator } from './core/create-emulator';
export { DEMO_ACCOUNTS } from './seed/accounts';
export { composePortable, buildMime } from './mime/compose-portable';
export { errorBody, type ErrorBody, type ErrorCode } from './core/errors';
export type {
  DeliveredMessage,
  Emulator,
  EmulatorControls,
  EmulatorLimits,
  EmulatorOptions,
  EmulatorState,
  Fault,
  FaultRule,
  MimeComposer,
  OutboxView,
  OutgoingAttachment,
  OutgoingMessage,
  SeedInput,
} from './core/types';
