// Test data for the sanitizer: `@inkwell/compose-core/testing`, kept out of the main entry so it never ships in an
// app bundle.
export { hostileCorpus } from './sanitize/hostileCorpus';
export type { HostileCase } from './sanitize/hostileCorpus';
export { hostileCaseFailures } from './sanitize/hostileCaseFailures';
export { bypassCorpus, CONTAINED_TEXT, PROBE_PATH } from './sanitize/bypassCorpus';
export type { BypassCase } from './sanitize/bypassCorpus';
export { probeRequests, settleRequests } from './sanitize/probeRequests';
