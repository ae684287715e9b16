// Send, schedule, undo and cancel-schedule (about 3 KB gzip) are needed only once the user sends, so they are a chunk
// of their own, as the plain-text converter is. The session starts loading it when it starts, so a Send finds it
// loaded; a Send that comes first waits for it. A Send that finds it unloadable (offline since the page loaded) fails
// before any request, with the draft kept, and the next Send loads it again. Undo and the lost-answer recovery are in
// the same chunk as Send, so they are loaded before anything is sent and never wait for the network.
import { createLazyModule } from '../lazy/createLazyModule';

const sessionFlows = createLazyModule(() => import('./sessionFlowsChunk'), {
  what: 'The send code',
  loader: 'loadSessionFlows',
});

/** Loads the flows (once; a failed load is tried again by the next call). `sessionFlowsLoaded()` gives them when
 * loaded, for a session that must act synchronously (a Send that finds them sets `sending` at once). */
export const { load: loadSessionFlows, loaded: sessionFlowsLoaded } = sessionFlows;
