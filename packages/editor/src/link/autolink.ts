// Links the URL a word ends with once the word ends (a space, a tab, Enter), as Tiptap Link's autolink plugin does:
// the last word before the whitespace is linked only when linkifyjs sees the whole of it as one link (optionally in
// () or []), so "example.com1" or "example.com," stay text. Text already linked, code, and transactions marked
// `preventAutolink` (our commands) are left alone. Before linkifyjs has loaded it links nothing.
import { combineTransactionSteps, findChildrenInRange, getChangedRanges, getMarksBetween } from '@tiptap/core';
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { MarkType } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { isAllowedUri } from './isAllowedUri';
import { linkifyLoaded } from './loadLinkify';
import { shouldAutoLink } from './shouldAutoLink';
import { UNICODE_WHITESPACE_REGEX, UNICODE_WHITESPACE_REGEX_END } from './unicodeWhitespace';
import { unlinkTrailingWhitespace } from './unlinkTrailingWhitespace';

interface FoundToken {
  isLink: boolean;
  value: string;
}

/** One link token, alone or between "()" or "[]": a word that is a link and nothing else. */
function isValidLinkStructure(tokens: FoundToken[]): boolean {
  if (tokens.length === 1) return tokens[0]!.isLink;
  if (tokens.length === 3 && tokens[1]!.isLink) return ['()', '[]'].includes(tokens[0]!.value + tokens[2]!.value);
  return false;
}

export function autolink({ type, defaultProtocol }: { type: MarkType; defaultProtocol: string }): Plugin {
  return new Plugin({
    key: new PluginKey('autolink'),
    appendTransaction: (transactions, oldState, newState) => {
      const docChanged = transactions.some((tr) => tr.docChanged) && !oldState.doc.eq(newState.doc);
      if (!docChanged || transactions.some((tr) => tr.getMeta('preventAutolink'))) return;
      const { tr } = newState;
      const transform = combineTransactionSteps(oldState.doc, [...transactions]);

      if (!transactions.some(isHistoryTransaction)) {
        const inserted: { from: number; to: number }[] = [];
        transform.steps.forEach((step, index) => {
          if (!(step instanceof ReplaceStep) || !step.slice.size) return;
          const mapping = transform.mapping.slice(index + 1);
          const from = mapping.map(step.from, 1);
          const to = mapping.map(step.from + step.slice.size, -1);
          if (from < to) inserted.push({ from, to });
        });
        // From the end, so removing marks does not move the ranges still to do.
        inserted.sort((left, right) => right.to - left.to);
        inserted.forEach((range) => unlinkTrailingWhitespace(tr, range, type));
      }

      const linkify = linkifyLoaded();
      if (linkify) {
        getChangedRanges(transform).forEach(({ newRange }) => {
          const blocks = findChildrenInRange(newState.doc, newRange, (node) => node.isTextblock);
          let block: (typeof blocks)[number] | undefined;
          let textBeforeWhitespace: string | undefined;
          if (blocks.length > 1) {
            // Enter (or a change across blocks): the first block's last word has ended.
            block = blocks[0];
            textBeforeWhitespace = newState.doc.textBetween(
              block!.pos,
              block!.pos + block!.node.nodeSize,
              undefined,
              ' ',
            );
          } else if (blocks.length) {
            const endText = newState.doc.textBetween(newRange.from, newRange.to, ' ', ' ');
            if (!UNICODE_WHITESPACE_REGEX_END.test(endText)) return;
            block = blocks[0];
            textBeforeWhitespace = newState.doc.textBetween(block!.pos, newRange.to, undefined, ' ');
          }
          if (!block || !textBeforeWhitespace) return;

          const words = textBeforeWhitespace.split(UNICODE_WHITESPACE_REGEX).filter(Boolean);
          const lastWord = words[words.length - 1];
          if (!lastWord) return;
          const lastWordOffset = block.pos + textBeforeWhitespace.lastIndexOf(lastWord);
          const tokens = linkify.tokenize(lastWord).map((token) => token.toObject(defaultProtocol));
          if (!isValidLinkStructure(tokens)) return;

          const { code } = newState.schema.marks;
          tokens
            .filter((token) => token.isLink)
            .map((token) => ({ ...token, from: lastWordOffset + token.start + 1, to: lastWordOffset + token.end + 1 }))
            .filter((link) => !code || !newState.doc.rangeHasMark(link.from, link.to, code))
            .filter((link) => isAllowedUri(link.value) && shouldAutoLink(link.value))
            .forEach((link) => {
              if (getMarksBetween(link.from, link.to, newState.doc).some((item) => item.mark.type === type)) return;
              tr.addMark(link.from, link.to, type.create({ href: link.href }));
            });
        });
      }

      return tr.steps.length ? tr : undefined;
    },
  });
}
