import type { Extensions } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Code } from '@tiptap/extension-code';
import { CodeBlock } from '@tiptap/extension-code-block';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { HorizontalRule } from '@tiptap/extension-horizontal-rule';
import { Italic } from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor, Gapcursor, TrailingNode } from '@tiptap/extensions';
import { TableKit } from '@tiptap/extension-table';
import { LinkMark } from './link/linkMark';

/**
 * The extensions that make up the document schema: the rich-text base plus the nodes the page
 * layout hands in (the IAP's), so the editor knows no feature above it. Every node a client
 * can write must have a place here: y-tiptap deletes elements it cannot represent, for everyone
 * (COLLAB-FACTS.md). The server refuses elements outside `EDITOR_NODE_NAMES` (shared), and
 * documentSchema.test.ts keeps the two in step.
 *
 * The base is Tiptap's StarterKit, its parts listed in its order: StarterKit imports
 * @tiptap/extension-link, and with it linkifyjs, even when its link is turned off. Its undo
 * is left out (the collaboration extension brings undo that only undoes your own changes) and
 * its link is our LinkMark.
 */
export function documentSchemaExtensions(featureExtensions: Extensions): Extensions {
  return [
    Bold,
    Blockquote,
    BulletList,
    Code,
    CodeBlock,
    Document,
    Dropcursor,
    Gapcursor,
    HardBreak,
    Heading,
    HorizontalRule,
    Italic,
    ListItem,
    ListKeymap,
    LinkMark,
    OrderedList,
    Paragraph,
    Strike,
    Text,
    Underline,
    TrailingNode,
    TableKit.configure({ table: { resizable: false } }),
    ...featureExtensions,
  ];
}
