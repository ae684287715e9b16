// The text of a DOM as a reader sees its blocks, with no converter to load: inline elements run on with their
// neighbours, every other element (and <br>) starts a new block, and styles, scripts and templates are not read. The
// send checks take its words; the editor shows or pastes it where its sanitizer or converter has not arrived.
const INLINE = new Set(
  'a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span strike strong sub sup tt u var'.split(
    ' ',
  ),
);
const UNREAD = new Set(['style', 'script', 'template', 'title', 'head']);

/** The text of each block of `root`, in order, whitespace collapsed; blocks with no text are left out. */
export function textBlocksOf(root: Node): string[] {
  const blocks = [''];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) blocks[blocks.length - 1] += (child as Text).data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = (child as Element).localName;
        if (UNREAD.has(name)) continue;
        const block = !INLINE.has(name);
        if (block) blocks.push('');
        walk(child);
        if (block) blocks.push('');
      }
    }
  };
  walk(root);
  return blocks.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}
