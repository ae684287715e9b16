import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, renderHook, screen } from '@testing-library/react';
import { createAxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox, getDefaultOutbox } from '@inkwell/compose-core';
import { ErrorBoundary } from '../test/ErrorBoundary';
import { aliceIdentity } from '../test/identity';
import { InkwellProvider } from './InkwellProvider';
import { useInkwell } from './useInkwell';
import { useInkwellClient } from './useInkwellClient';
import { useSendOutbox } from './useSendOutbox';

// No request is made here: the provider only hands objects down.
const client = createAxigenClient({
  baseUrl: 'http://mail.inkwell.test',
  fetch: () => Promise.reject(new Error('no network in provider tests')),
});

function ShowClient() {
  useInkwellClient();
  return <p>ready</p>;
}

describe('InkwellProvider', () => {
  test('gives the client, outbox and identity to the hooks below it', () => {
    const outbox = createSendOutbox({ client });
    const { result } = renderHook(
      () => ({ inkwell: useInkwell(), client: useInkwellClient(), outbox: useSendOutbox() }),
      {
        wrapper: ({ children }) => (
          <InkwellProvider client={client} outbox={outbox} identity={aliceIdentity} queryClient={new QueryClient()}>
            {children}
          </InkwellProvider>
        ),
      },
    );
    expect(result.current.client).toBe(client);
    expect(result.current.outbox).toBe(outbox);
    expect(result.current.inkwell.identity).toBe(aliceIdentity);
  });

  test("defaults to the client's module-level outbox", () => {
    const { result } = renderHook(() => useSendOutbox(), {
      wrapper: ({ children }) => <InkwellProvider client={client}>{children}</InkwellProvider>,
    });
    expect(result.current).toBe(getDefaultOutbox(client));
  });

  test('creates a QueryClient when there is none, and keeps it across renders', () => {
    const { result, rerender } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => <InkwellProvider client={client}>{children}</InkwellProvider>,
    });
    const first = result.current;
    expect(first).toBeInstanceOf(QueryClient);
    rerender();
    expect(result.current).toBe(first);
  });

  test('uses the given QueryClient', () => {
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => (
        <InkwellProvider client={client} queryClient={queryClient}>
          {children}
        </InkwellProvider>
      ),
    });
    expect(result.current).toBe(queryClient);
  });

  test("joins an enclosing QueryClientProvider's client instead of creating a second cache", () => {
    const outer = new QueryClient();
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={outer}>
          <InkwellProvider client={client}>{children}</InkwellProvider>
        </QueryClientProvider>
      ),
    });
    expect(result.current).toBe(outer);
  });

  test('a hook outside the provider fails with a message that says what to do', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <ShowClient />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Inkwell hooks must be used inside <InkwellProvider client={…}>.',
    );
  });
});
