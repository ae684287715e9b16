import { expectTypeOf, test } from 'vitest';
import type { SendCheck } from '../checks/checkBeforeSend';
import type { ComposeSession, ComposeSnapshot, ComposeState, SendOutcome } from './types';

declare const session: ComposeSession;
declare const outcome: SendOutcome;

test('snapshot and outcomes are typed', () => {
  expectTypeOf(session.getSnapshot()).toEqualTypeOf<ComposeSnapshot>();
  expectTypeOf<ComposeSnapshot['state']>().toEqualTypeOf<ComposeState>();
  expectTypeOf<ComposeSnapshot['checks']>().toEqualTypeOf<readonly SendCheck[]>();
  expectTypeOf(session.send).returns.resolves.toEqualTypeOf<SendOutcome>();

  if (outcome.ok) {
    expectTypeOf(outcome.state).toEqualTypeOf<'undoable' | 'sent' | 'scheduled'>();
  } else {
    expectTypeOf(outcome.error.code).toExtend<string>();
    expectTypeOf(outcome.checks).toEqualTypeOf<readonly SendCheck[]>();
  }
});

test('setters reject what they do not take', () => {
  // Attachments go through the queue, never through update().
  // @ts-expect-error attachments are not a field of update()
  session.update({ attachments: [] });
  // @ts-expect-error a misspelt field
  session.update({ subjekt: 'x' });
  session.update({ subject: 'ok', to: [{ address: 'a@b.test' }] });

  // @ts-expect-error schedule takes unix seconds, not a Date
  void session.schedule(new Date());
  session.notify('hidden');
  // @ts-expect-error unknown lifecycle hint
  session.notify('minimize');
});
