import { createLazyModule } from '@inkwell/compose-core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OnDemandPart } from './OnDemandPart';

const NAMES = { what: 'The test dialog', loader: 'testDialog.load' };

function dialogModule(reachable: { now: boolean }) {
  return createLazyModule(async () => {
    if (!reachable.now) throw new TypeError('Failed to fetch dynamically imported module');
    return { title: 'Discard this draft?' };
  }, NAMES);
}

describe('OnDemandPart', () => {
  it('shows the part once its chunk arrives', async () => {
    render(
      <OnDemandPart module={dialogModule({ now: true })} onClose={() => {}}>
        {({ title }) => <div role="dialog" aria-label={title} />}
      </OnDemandPart>,
    );
    expect(await screen.findByRole('dialog', { name: 'Discard this draft?' })).toBeInTheDocument();
  });

  it('says in words when the chunk cannot load, shows the part on Try again, and Close gives up', async () => {
    const reachable = { now: false };
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <OnDemandPart module={dialogModule(reachable)} onClose={onClose}>
        {({ title }) => <div role="dialog" aria-label={title} />}
      </OnDemandPart>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of the window could not be loaded. Check your connection and try again.',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    reachable.now = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('dialog', { name: 'Discard this draft?' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
