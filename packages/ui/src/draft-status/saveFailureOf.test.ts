// compose-core does not export its user sentences; the test reads them from source so a reworded one is caught here.
import { userMessage } from '../../../compose-core/src/session/userMessage';
import { saveFailureOf } from './saveFailureOf';

describe('saveFailureOf', () => {
  it.each([
    [{ kind: 'network' }, 'network'],
    [{ kind: 'timeout' }, 'timeout'],
    [{ kind: 'http', status: 401 }, 'expired'],
    [{ kind: 'http', status: 413 }, 'too-large'],
    [{ kind: 'http', status: 429 }, 'busy'],
    [{ kind: 'http', status: 503 }, 'server'],
    [{ kind: 'invalid-input', field: 'to[2].address' }, 'invalid'],
    [{ kind: 'http', status: 400, serverMessage: 'createDraft: bad body' }, 'refused'],
  ])('reads compose-core’s sentence for %o as %s', (error, code) => {
    expect(saveFailureOf({ message: userMessage(error, 'save') })).toBe(code);
  });

  it('reads the offline note, takes codes as they are, and calls anything else unknown', () => {
    expect(saveFailureOf({ message: 'You are offline; the draft will be saved when the connection is back.' })).toBe(
      'offline',
    );
    expect(saveFailureOf('too-large')).toBe('too-large');
    expect(saveFailureOf({ code: 'busy', message: 'x' })).toBe('busy');
    expect(saveFailureOf('replaceDraft: to[0].address must be an address')).toBe('unknown');
    expect(saveFailureOf(undefined)).toBe('unknown');
  });
});
