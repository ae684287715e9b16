import { fitToolbarItems, TOOLBAR_GROUP_GAP, TOOLBAR_ITEM_WIDTH } from './fitToolbarItems';
import type { ToolbarItemId } from './toolbarItems';

const items: { id: ToolbarItemId; group: string }[] = [
  { id: 'bold', group: 'text' },
  { id: 'italic', group: 'text' },
  { id: 'alignLeft', group: 'align' },
  { id: 'alignRight', group: 'align' },
  { id: 'plainText', group: 'mode' },
];
const full = 5 * TOOLBAR_ITEM_WIDTH + 2 * TOOLBAR_GROUP_GAP;

describe('fitToolbarItems', () => {
  it('keeps everything when it fits, or when there is no layout to measure', () => {
    expect(fitToolbarItems(items, full).size).toBe(0);
    expect(fitToolbarItems(items, 0).size).toBe(0);
  });

  it('moves the least used items out first, leaving room for the menu button', () => {
    const hidden = fitToolbarItems(items, full - 1);
    expect([...hidden]).toEqual(['plainText', 'alignRight']);
  });

  it('keeps bold last of all', () => {
    const hidden = fitToolbarItems(items, TOOLBAR_ITEM_WIDTH * 2 + TOOLBAR_GROUP_GAP);
    expect(hidden.has('bold')).toBe(false);
    expect(hidden.size).toBe(4);
  });
});
