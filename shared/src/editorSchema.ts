import { IAP_NODE } from './iap/sections.js';

/**
 * Every block node name the collaborative editor's schema holds (Tiptap StarterKit, tables,
 * and the IAP nodes). y-tiptap deletes, for everyone, a Yjs element whose name the schema
 * does not know, so the server refuses updates that would introduce one, and a client test
 * checks this list against the editor's real schema.
 */
export const EDITOR_NODE_NAMES: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'codeBlock',
  'horizontalRule',
  'hardBreak',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  ...Object.values(IAP_NODE),
]);
