import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyDraft, type ComposeSession, type ComposeSnapshot } from '@inkwell/compose-core';
import { resolvedFields } from './conflictChoice';
import { ConflictResolver } from './ConflictResolver';
import type { ConflictVersions } from './conflictTypes';
import { useConflictResolution } from './useConflictResolution';

const ana = { name: 'Ana Pop', address: 'ana@example.com' };
const bob = { name: 'Bob Builder', address: 'bob@example.com' };
const versions: ConflictVersions = {
  to: { mine: [ana], theirs: [ana, bob] },
  subject: { mine: 'Q3 report', theirs: 'Q3 report (final)' },
  body: { mine: '<p>Numbers attached.</p>', theirs: '<p>Numbers attached. <b>Call me.</b></p>' },
};

describe('ConflictResolver', () => {
  // Many key presses: a roomier limit for a loaded machine (no timing is asserted).
  it(
    'shows both versions per field and resolves a per-field choice by keyboard only',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const onResolve = vi.fn();
      render(<ConflictResolver versions={versions} onResolve={onResolve} />);
      expect(screen.getByRole('region', { name: 'This draft was changed in another tab' })).toBeInTheDocument();
      const to = screen.getByRole('group', { name: 'To' });
      expect(to).toHaveTextContent('Ana Pop <ana@example.com>, Bob Builder <bob@example.com>');
      const body = screen.getByRole('group', { name: 'Message body' });
      expect(body).toHaveTextContent('Numbers attached. Call me.');
      expect(within(body).queryByRole('radio', { name: 'Keep everyone from both' })).toBeNull();

      // Tab reaches the first group's checked radio; arrows move within it.
      await user.tab();
      expect(within(to).getByRole('radio', { name: 'Keep this tab’s version' })).toHaveFocus();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(within(to).getByRole('radio', { name: 'Keep everyone from both' })).toBeChecked();
      await user.tab();
      await user.keyboard('{ArrowRight}');
      expect(
        within(screen.getByRole('group', { name: 'Subject' })).getByRole('radio', {
          name: 'Use the other tab’s version',
        }),
      ).toBeChecked();
      await user.tab();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onResolve).toHaveBeenCalledWith({ to: 'merge', subject: 'theirs', body: 'mine' });
    },
  );

  it('describes each radio with the version it keeps', () => {
    render(<ConflictResolver versions={{ subject: versions.subject! }} onResolve={vi.fn()} />);
    expect(screen.getByRole('radio', { name: 'Use the other tab’s version' })).toHaveAccessibleDescription(
      'Other tab Q3 report (final)',
    );
    expect(screen.queryByRole('group', { name: 'To' })).toBeNull();
  });

  it('merges recipients without duplicates', () => {
    expect(resolvedFields(versions, { to: 'merge', subject: 'theirs' })).toEqual({
      to: [ana, bob],
      subject: 'Q3 report (final)',
      bodyHtml: '<p>Numbers attached.</p>',
    });
  });
});

describe('useConflictResolution', () => {
  function fakeSession(conflict: ComposeSnapshot['conflict']) {
    const snapshot = {
      state: 'dirty',
      draft: emptyDraft({ to: [ana], subject: 'Mine' }),
      conflict,
    } as unknown as ComposeSnapshot;
    return {
      subscribe: () => () => {},
      getSnapshot: () => snapshot,
      resolveConflict: vi.fn(),
      update: vi.fn(),
    } as unknown as ComposeSession & { resolveConflict: ReturnType<typeof vi.fn>; update: ReturnType<typeof vi.fn> };
  }
  function Bound({ session }: { session: ComposeSession }) {
    const { versions, resolve } = useConflictResolution(session);
    return versions ? <ConflictResolver versions={versions} onResolve={resolve} /> : null;
  }

  it('shows the session’s differing fields and resolves the session field by field', async () => {
    const fields = { subject: { mine: 'Mine', theirs: 'Theirs' } };
    const session = fakeSession({
      theirVersion: 3,
      theirTabId: 't2',
      theirs: emptyDraft(),
      fields,
    } as ComposeSnapshot['conflict']);
    const user = userEvent.setup();
    render(<Bound session={session} />);
    await user.click(screen.getByRole('radio', { name: 'Use the other tab’s version' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(session.resolveConflict).toHaveBeenCalledWith({ subject: 'theirs' });
    expect(session.update).not.toHaveBeenCalled();
  });
});
