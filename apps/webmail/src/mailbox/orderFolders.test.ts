import type { Folder } from '@inkwell/axigen-client';
import { expect, it } from 'vitest';
import { orderFolders } from './orderFolders';

const folder = (id: string, name: string, role: Folder['role']): Folder => ({ id, name, role });

it('orders the special folders first, finds Scheduled by name, then the user folders by name', () => {
  const ordered = orderFolders([
    folder('9', 'Projects', ''),
    folder('1', 'Trash', 'trash'),
    folder('2', 'Sent', 'sent'),
    folder('3', 'Scheduled', ''),
    folder('4', 'Archive 2024', ''),
    folder('5', 'Drafts', 'drafts'),
    folder('6', 'INBOX', 'inbox'),
    folder('7', 'Junk', 'junk'),
  ]);
  expect(ordered.map((f) => `${f.name}:${f.role}`)).toEqual([
    'INBOX:inbox',
    'Drafts:drafts',
    'Scheduled:scheduled',
    'Sent:sent',
    'Junk:junk',
    'Trash:trash',
    'Archive 2024:',
    'Projects:',
  ]);
});

it('does not take a special folder named Scheduled for the scheduled one', () => {
  expect(orderFolders([folder('1', 'Scheduled', 'archive')])[0]?.role).toBe('archive');
});
