import { renderHook, waitFor } from '@testing-library/react';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { identityFromAccount } from './identity-from-account';
import { useAccountIdentity } from './useAccountIdentity';

let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});

describe('useAccountIdentity', () => {
  test("is the account's name and address, with its aliases as own addresses", async () => {
    const { result } = renderHook(() => useAccountIdentity(), { wrapper: env.wrapper });
    expect(result.current.identity).toBeUndefined();
    await waitFor(() => expect(result.current.identity).toBeDefined());
    expect(result.current.identity).toEqual({
      from: { name: 'Alice Liddell', address: 'alice@inkwell.test' },
      ownAddresses: ['alice@inkwell.test', 'a.liddell@inkwell.test', 'wonderland@inkwell.test'],
    });
    expect(result.current.error).toBeNull();
  });

  test('a failed read is reported, and there is no identity', async () => {
    env.emulator.controls.addFault({ method: 'GET', path: '/api/v1/account/info', status: 500 });
    const { result } = renderHook(() => useAccountIdentity(), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.identity).toBeUndefined();
  });
});

describe('identityFromAccount', () => {
  const info = { accountName: 'jane', domainName: 'example.com', fullName: '' };
  test('an account without a full name writes as its bare address; duplicates are dropped', () => {
    expect(
      identityFromAccount(info, {
        items: [
          { emailAddress: 'Jane@Example.com', type: 'mainAddress' },
          { emailAddress: 'j@example.com', type: 'accountAlias' },
        ],
      }),
    ).toEqual({ from: { address: 'jane@example.com' }, ownAddresses: ['jane@example.com', 'j@example.com'] });
  });

  test('an account name that already has its domain is kept as it is', () => {
    expect(identityFromAccount({ ...info, accountName: 'jane@example.org' }, { items: [] }).from).toEqual({
      address: 'jane@example.org',
    });
  });
});
