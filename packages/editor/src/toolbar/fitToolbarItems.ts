import type { ToolbarItemId } from './toolbarItems';

/** Button width plus gap, and the extra a group separator takes, as set in the composer's CSS. */
export const TOOLBAR_ITEM_WIDTH = 34;
export const TOOLBAR_GROUP_GAP = 9;

// Which items move into "More formatting" first when the toolbar is narrow: the least used go first, the marks
// people reach for by mouse stay longest.
const OVERFLOW_ORDER: ToolbarItemId[] = [
  'plainText',
  'alignRight',
  'alignCenter',
  'alignLeft',
  'clear',
  'subheading',
  'strike',
  'redo',
  'undo',
  'blockquote',
  'image',
  'heading',
  'orderedList',
  'bulletList',
  'link',
  'underline',
  'italic',
  'bold',
];

interface Fittable {
  id: ToolbarItemId;
  group: string;
}

function widthOf(items: readonly Fittable[]): number {
  let width = 0;
  items.forEach((item, index) => {
    width += TOOLBAR_ITEM_WIDTH;
    if (index > 0 && items[index - 1]!.group !== item.group) width += TOOLBAR_GROUP_GAP;
  });
  return width;
}

/**
 * The ids that do not fit in `available` pixels, in the order they move to the overflow menu. With no room to
 * measure (no layout yet, or a test environment), everything stays.
 */
export function fitToolbarItems(items: readonly Fittable[], available: number): Set<ToolbarItemId> {
  const hidden = new Set<ToolbarItemId>();
  if (!(available > 0) || widthOf(items) <= available) return hidden;
  // The menu button takes one slot of its own.
  const room = available - TOOLBAR_ITEM_WIDTH - TOOLBAR_GROUP_GAP;
  const order = [...OVERFLOW_ORDER, ...items.map((i) => i.id).filter((id) => !OVERFLOW_ORDER.includes(id))];
  for (const id of order) {
    if (widthOf(items.filter((item) => !hidden.has(item.id))) <= room) break;
    if (items.some((item) => item.id === id)) hidden.add(id);
  }
  return hidden;
}
