import type { AttachmentInstance } from '@inkwell/axigen-client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useCidUrls } from './useAttachmentUrls';

const part = (id: number, contentId: string): AttachmentInstance => ({
  id,
  mailId: 'm1',
  name: `${contentId}.png`,
  contentId,
  contentType: 'image/png',
  size: 1,
  isInline: true,
});

let made = 0;
const revoked: string[] = [];
beforeEach(() => {
  made = 0;
  revoked.length = 0;
  URL.createObjectURL = vi.fn(() => `blob:test/${++made}`);
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
});
afterEach(() => vi.restoreAllMocks());

it('keeps the URL of a part whose bytes came first when the next part arrives, and revokes all on unmount', async () => {
  const second = new Blob(['bb'], { type: 'image/png' });
  const answers = new Map<string, (blob: Blob) => void>();
  const fetchWithSession = vi.fn(
    (url: string) =>
      new Promise<Response>((resolve) =>
        answers.set(url, (blob) => resolve({ blob: () => Promise.resolve(blob) } as Response)),
      ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const parts = [part(0, 'front@x'), part(1, 'back@x')];
  const { result, unmount } = renderHook(() => useCidUrls(fetchWithSession, 'm1', parts), { wrapper });
  await waitFor(() => expect(answers.size).toBe(2));
  // The second part's bytes arrive while the first URL is being made: the page shows the first map while the
  // second is on its way.
  vi.mocked(URL.createObjectURL).mockImplementationOnce(() => {
    answers.get('/api/v1/mails/m1/attachments/1')!(second);
    return `blob:test/${++made}`;
  });
  answers.get('/api/v1/mails/m1/attachments/0')!(new Blob(['a'], { type: 'image/png' }));
  await waitFor(() => expect(result.current.get('front@x')).toBe('blob:test/1'));
  await waitFor(() => expect(result.current.get('back@x')).toBe('blob:test/2'));
  // Both images may still be loading from their URLs: they must stay valid.
  expect(result.current.get('front@x')).toBe('blob:test/1');
  expect(revoked).toEqual([]);
  unmount();
  expect([...revoked].sort()).toEqual([...result.current.values()].sort());
});
