import { useEditor, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { Link } from '@mantine/tiptap';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';
import { iapEditorExtensions } from '../iap/schema/iapEditorExtensions';

/** The Yjs field the document text lives in; the server and exports read the same field. */
export const DOCUMENT_FIELD = 'default';

interface CollabEditorLabels {
  content: string;
  placeholder: string;
}

/**
 * A Tiptap editor bound to the session's shared document. Every node a client can write
 * must have a place in this schema: y-tiptap deletes elements it cannot represent, for
 * everyone (COLLAB-FACTS.md), so extensions are added here, never per page.
 */
export function useCollabEditor(session: CollabSession, user: Identity, labels: CollabEditorLabels): Editor {
  return useEditor(
    {
      extensions: [
        StarterKit.configure({
          // The collaboration extension brings undo that only undoes your own changes.
          undoRedo: false,
          // Registered below as Mantine's Link, which adds Mod+K for the link editor.
          link: false,
        }),
        Link.configure({ openOnClick: false, defaultProtocol: 'https' }),
        TableKit.configure({ table: { resizable: false } }),
        Placeholder.configure({ placeholder: labels.placeholder }),
        Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({ provider: session.provider, user }),
        ...iapEditorExtensions(session.doc),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': labels.content,
          spellcheck: 'true',
        },
      },
    },
    // The user and labels change in place (useAwarenessUser); only a new document needs a new editor.
    [session],
  );
}
