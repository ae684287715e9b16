/** The node names of the composer's two kinds of list. */
export const LIST_NAMES = ['bulletList', 'orderedList'];
