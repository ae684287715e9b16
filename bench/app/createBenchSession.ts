// A real compose session behind the benchmark's composer, so a keystroke pays what it pays in an app: the session's
// draft update, pre-send checks, journal (real IndexedDB) and autosave (the real client serializing the request).
// Only the network is stubbed: an in-page server would put its own work on the main thread the user types on.
import { createAxigenClient } from '../../packages/axigen-client/src/index';
import { sampleMail } from '../../packages/axigen-client/src/testing/sample-mail';
import { createComposeSession, type ComposeSession } from '../../packages/compose-core/src/index';

const draftMail = sampleMail({ id: 'bench-draft', isDraft: true });

export function createBenchSession(): ComposeSession {
  const client = createAxigenClient({
    baseUrl: location.origin,
    // Drafts are created and replaced; every other call answers an empty object.
    fetch: async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      const body = /\/api\/v1\/(mails|drafts\/[^/]+)(\?|$)/.test(url) ? draftMail : {};
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    },
  });
  return createComposeSession({
    client,
    intent: { kind: 'new' },
    identity: { from: { name: 'Bench', address: 'bench@bench.example' }, ownAddresses: ['bench@bench.example'] },
    broadcastChannel: null,
  });
}
