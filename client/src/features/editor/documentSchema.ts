import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { LinkMark } from './linkMark';

/**
 * The extensions that make up the document schema: the rich-text base plus the nodes the page
 * layout hands in (the IAP's), so the editor knows no feature above it. Every node a client
 * can write must have a place here: y-tiptap deletes elements it cannot represent, for everyone
 * (COLLAB-FACTS.md). The server refuses elements outside `EDITOR_NODE_NAMES` (shared), and
 * documentSchema.test.ts keeps the two in step.
 */
export function documentSchemaExtensions(featureExtensions: Extensions): Extensions {
  return [
    StarterKit.configure({
      // The collaboration extension brings undo that only undoes your own changes.
      undoRedo: false,
      // Registered below with Mod+K for the toolbar's link editor.
      link: false,
    }),
    LinkMark,
    TableKit.configure({ table: { resizable: false } }),
    ...featureExtensions,
  ];
}
