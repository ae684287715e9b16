// A view that missed messages asks the other views of its draft; only the asker takes in the answer.
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../draft';
import type { JournalEntry } from '../journal/types';
import { createJournalSync } from './createJournalSync';
import { createChannelHub } from './testing/createChannelHub';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function view(hub: ReturnType<typeof createChannelHub>, tabId: string, clientId: string, lineage: string[]) {
  const entry = (): JournalEntry => ({
    clientId,
    serverId: lineage[lineage.length - 1],
    version: 1,
    savedVersion: 1,
    tabId,
    updatedAt: Date.now(),
    draft: emptyDraft({ subject: `written in ${tabId}` }),
  });
  const onConflict = vi.fn();
  const onAsked = vi.fn();
  const sync = createJournalSync({
    journal: null,
    channel: hub('inkwell-compose'),
    clientId,
    tabId,
    read: entry,
    lineage: () => lineage,
    isClean: () => false,
    onConflict,
    onAsked,
    onError: (error) => {
      throw error;
    },
  });
  return { sync, onConflict, onAsked };
}

describe('asking the other views of a draft', () => {
  it('reaches the views of the same draft that saved it elsewhere since, by client id or a shared server id', async () => {
    const hub = createChannelHub();
    const asker = view(hub, 'tab-b', 'mail:alice:1', ['1']);
    const sameClient = view(hub, 'tab-a', 'mail:alice:1', ['1', '2']);
    const sameLineage = view(hub, 'tab-c', 'new-1', ['0', '1', '2']);
    const unrelated = view(hub, 'tab-d', 'new-2', ['7']);
    // At the same server id as the asker: it knows no more (the draft was deleted elsewhere), so it is not asked.
    const sameId = view(hub, 'tab-e', 'new-3', ['0', '1']);
    asker.sync.ask();
    await flush();
    expect(sameClient.onAsked).toHaveBeenCalledWith('tab-b');
    expect(sameLineage.onAsked).toHaveBeenCalledWith('tab-b');
    expect(unrelated.onAsked).not.toHaveBeenCalled();
    expect(sameId.onAsked).not.toHaveBeenCalled();
    expect(asker.onAsked).not.toHaveBeenCalled();
  });

  it('gives the answer to the asker only: the other views heard that view before', async () => {
    const hub = createChannelHub();
    const asker = view(hub, 'tab-b', 'mail:alice:1', ['1']);
    const answerer = view(hub, 'tab-a', 'mail:alice:1', ['1', '2']);
    const bystander = view(hub, 'tab-c', 'mail:alice:1', ['1', '2']);
    answerer.sync.announce('tab-b');
    await flush();
    await flush();
    expect(asker.onConflict).toHaveBeenCalledWith(expect.objectContaining({ tabId: 'tab-a', serverId: '2' }));
    expect(bystander.onConflict).not.toHaveBeenCalled();
  });
});
