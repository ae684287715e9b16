import type { ComposeIdentity } from '@inkwell/compose-core';

/** The seeded demo account the tests log in as. */
export const ALICE = { username: 'alice@inkwell.test', password: 'wonderland' } as const;

export const aliceIdentity: ComposeIdentity = {
  from: { name: 'Alice Liddell', address: 'alice@inkwell.test' },
  ownAddresses: ['alice@inkwell.test', 'a.liddell@inkwell.test', 'wonderland@inkwell.test'],
};
