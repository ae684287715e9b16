// Test data for the sanitizer and a journal for tests: `@inkwell/compose-core/testing`, kept out of the main entry so
// they never ship in an app bundle.
export { hostileCorpus } from './sanitize/hostileCorpus';
export type { HostileCase } from './sanitize/hostileCorpus';
export { hostileCaseFailures } from './sanitize/hostileCaseFailures';
export { bypassCorpus, CONTAINED_TEXT, PROBE_PATH } from './sanitize/bypassCorpus';
export type { BypassCase } from './sanitize/bypassCorpus';
export { probeRequests, settleRequests } from './sanitize/probeRequests';
// A journal in memory survives nothing a journal is for (a reload, a crash); tests use it in place of IndexedDB.
export { createMemoryJournal } from './journal/createMemoryJournal';
