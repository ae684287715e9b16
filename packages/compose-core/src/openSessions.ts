// `@inkwell/compose-core/open-sessions`: the account's compose views that were open when the page went away, to bring
// back after a reload. Kept out of the main entry: an app that does not restore views does not download it.
export {
  forgetOpenComposeSession,
  listOpenComposeSessions,
  subscribeOpenComposeSessions,
} from './session/openComposeSessions';
export type { OpenComposeSession, OpenComposeSessionsOptions } from './session/openComposeSessions';
