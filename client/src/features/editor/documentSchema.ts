import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Link } from '@mantine/tiptap';
import type * as Y from 'yjs';
import { iapEditorExtensions } from '../iap/schema/iapEditorExtensions';

/**
 * The extensions that make up the document schema. Every node a client can write must have a
 * place here: y-tiptap deletes elements it cannot represent, for everyone (COLLAB-FACTS.md).
 * The server refuses elements outside `EDITOR_NODE_NAMES` (shared), and documentSchema.test.ts
 * keeps the two in step.
 */
export function documentSchemaExtensions(doc: Y.Doc): Extensions {
  return [
    StarterKit.configure({
      // The collaboration extension brings undo that only undoes your own changes.
      undoRedo: false,
      // Registered below as Mantine's Link, which adds Mod+K for the link editor.
      link: false,
    }),
    Link.configure({ openOnClick: false, defaultProtocol: 'https' }),
    TableKit.configure({ table: { resizable: false } }),
    ...iapEditorExtensions(doc),
  ];
}
