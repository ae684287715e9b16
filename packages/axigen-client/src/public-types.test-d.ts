import { describe, expectTypeOf, it } from 'vitest';
import {
  type AxigenClient,
  type AxigenError,
  type AxigenErrorKind,
  type AxigenOutcome,
  createAxigenClient,
  type SessionState,
  isAxigenError,
  type SendResult,
} from './index';

describe('public types', () => {
  it('createAxigenClient returns the pinned AxigenClient', () => {
    expectTypeOf(createAxigenClient).returns.toEqualTypeOf<AxigenClient>();
  });

  it('SendResult narrows on undoable', () => {
    const result = {} as SendResult;
    if (result.undoable) {
      expectTypeOf(result.processingId).toEqualTypeOf<number>();
      expectTypeOf(result.mailId).toEqualTypeOf<string | undefined>();
    } else {
      expectTypeOf(result.processingId).toEqualTypeOf<undefined>();
    }
  });

  it('isAxigenError narrows unknown', () => {
    const error: unknown = new Error('x');
    if (isAxigenError(error)) {
      expectTypeOf(error).toEqualTypeOf<AxigenError>();
      expectTypeOf(error.kind).toEqualTypeOf<AxigenErrorKind>();
      expectTypeOf(error.retryable).toEqualTypeOf<boolean>();
      expectTypeOf(error.field).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.outcome).toEqualTypeOf<AxigenOutcome>();
      expectTypeOf(error.timeoutMs).toEqualTypeOf<number | undefined>();
    }
  });

  it('exposes the login state and takes a timeout per call', () => {
    const client = {} as AxigenClient;
    expectTypeOf(client.auth.state).toEqualTypeOf<SessionState>();
    void client.getMail('M', { timeoutMs: 1000 });
    // @ts-expect-error the timeout is a number of milliseconds
    void client.getMail('M', { timeoutMs: '1s' });
  });

  it('rejects unknown compose fields and a bad refw type', () => {
    const client = {} as AxigenClient;
    // @ts-expect-error refwType is not an input field; use refw
    void client.send({ refwType: 're' });
    // @ts-expect-error "refw" is not a valid link type
    void client.send({ refw: { type: 'refw', mailId: 'M' } });
    // @ts-expect-error recipients are structured, not header strings
    void client.send({ to: 'a@b.c' });
  });
});
