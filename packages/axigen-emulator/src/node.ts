// `@inkwell/axigen-emulator/node`: the emulator for Node (tests in Vitest/Jest, scripts, the CLI).
export * from './index';
export { composeWithNodemailer } from './node-mime';
export { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from './node/server';
export { createNodeRuntime, type NodeRuntime, type NodeRuntimeOptions } from './node/runtime';
export {
  createNodeRequestHandler,
  type NodeRequestHandler,
  type NodeRequestHandlerOptions,
} from './node/request-handler';
export { toWebRequest, sendWebResponse } from './node/http-adapter';
export { persistEmulator, type Persistence, type PersistenceOptions } from './node/persistence';
export { SNAPSHOT_FILE_NAME, readSnapshotFile } from './node/snapshot-file';
export { createSmtpRelay, type RelayMessage, type RelayStatus, type SmtpRelay } from './node/smtp-relay';
export { startTicker, type TickerOptions } from './node/ticker';
