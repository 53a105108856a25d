import { combineTransactionSteps, findChildrenInRange, getChangedRanges, getMarksBetween, type Editor } from '@tiptap/core';
import type { MarkType } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { findUrls, typedUrl } from './recognizeUrl';

/** A transaction with this meta set (a link set or removed by hand) is left alone by autolink. */
export const PREVENT_AUTOLINK = 'preventAutolink';

const ENDS_IN_WHITESPACE = /\s$/;

/**
 * Typing a space after an address makes it a link, as @tiptap/extension-link's autolink did:
 * only the last word before the space, never inside code, never over an existing link.
 */
export function autolinkPlugin(type: MarkType): Plugin {
  return new Plugin({
    key: new PluginKey('autolink'),
    appendTransaction: (transactions, oldState, newState) => {
      const changed = transactions.some((transaction) => transaction.docChanged) && !oldState.doc.eq(newState.doc);
      if (!changed || transactions.some((transaction) => transaction.getMeta(PREVENT_AUTOLINK))) return null;
      const { tr } = newState;
      for (const { newRange } of getChangedRanges(combineTransactionSteps(oldState.doc, [...transactions]))) {
        const blocks = findChildrenInRange(newState.doc, newRange, (node) => node.isTextblock);
        const block = blocks[0];
        if (!block) continue;
        // One block changed: only when the change ends in whitespace. Several (a paste, a split): the first block's text.
        if (blocks.length === 1 && !ENDS_IN_WHITESPACE.test(newState.doc.textBetween(newRange.from, newRange.to, ' ', ' '))) continue;
        const end = blocks.length === 1 ? newRange.to : block.pos + block.node.nodeSize;
        const text = newState.doc.textBetween(block.pos, end, undefined, ' ');
        const word = text.split(/\s/).filter(Boolean).pop();
        if (!word) continue;
        const url = typedUrl(word);
        if (!url) continue;
        const from = block.pos + text.lastIndexOf(word) + url.index + 1;
        const to = from + url.text.length;
        if (newState.schema.marks.code && newState.doc.rangeHasMark(from, to, newState.schema.marks.code)) continue;
        if (getMarksBetween(from, to, newState.doc).some((item) => item.mark.type === type)) continue;
        tr.addMark(from, to, type.create({ href: url.href }));
      }
      return tr.steps.length ? tr : null;
    },
  });
}

/** Pasting a lone address over selected text links that text to it (extension-link's linkOnPaste). */
export function linkOnPastePlugin(editor: Editor, type: MarkType): Plugin {
  return new Plugin({
    key: new PluginKey('handlePasteLink'),
    props: {
      handlePaste: (view, _event, slice) => {
        if (view.state.selection.empty) return false;
        let text = '';
        slice.content.forEach((node) => {
          text += node.textContent;
        });
        const [url] = findUrls(text);
        if (!url || url.text !== text) return false;
        return editor.commands.setMark(type, { href: url.href });
      },
    },
  });
}
