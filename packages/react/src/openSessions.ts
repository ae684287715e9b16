// `@inkwell/react/open-sessions`: the hook that lists the compose views to bring back after a reload. Kept out of the
// main entry: an app that does not restore views does not download it.
export {
  useOpenComposeSessions,
  type UseOpenComposeSessionsOptions,
  type UseOpenComposeSessionsResult,
} from './hooks/useOpenComposeSessions';
