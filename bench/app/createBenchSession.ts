// A real compose session behind the benchmark's composer, so a keystroke pays what it pays in an app: the session's
// draft update, pre-send checks, journal (real IndexedDB) and autosave (the real client serializing the request).
// Only the network is stubbed: an in-page server would put its own work on the main thread the user types on.
import { createAxigenClient } from '../../packages/axigen-client/src/index';
import { createComposeSession, type ComposeSession } from '../../packages/compose-core/src/index';

const draftMail = {
  id: 'bench-draft',
  folderId: 'drafts',
  size: 0,
  from: 'bench@bench.example',
  to: '',
  cc: '',
  replyTo: '',
  replyToAll: '',
  sender: '',
  messageId: '<bench@bench.example>',
  subject: '',
  snippet: '',
  date: '1795000000',
  isUnread: false,
  isFlagged: false,
  isDraft: true,
  isDeleted: false,
  hasAttachments: false,
  isItip: false,
  returnReceipt: false,
  refwFlags: '',
  refwType: '',
  refwMailId: '',
  importance: 'normal',
  originalFolderId: '',
  originalMailId: '',
  attachments: [],
  labelIds: [],
};

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
