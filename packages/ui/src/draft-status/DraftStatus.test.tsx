import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftStatus } from './DraftStatus';

describe('DraftStatus', () => {
  it('announces the save time through a status region', () => {
    render(<DraftStatus state="saved" savedAt={new Date()} formatTime={() => '10:02'} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved at 10:02');
  });

  it('offers a retry only when a save failed', async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<DraftStatus state="saving" onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(<DraftStatus state="failed" reason="offline" onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
