import { useEditor, type Editor } from '@tiptap/react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';
import { documentSchemaExtensions } from './documentSchema';

/** The Yjs field the document text lives in; the server and exports read the same field. */
export const DOCUMENT_FIELD = 'default';

interface CollabEditorLabels {
  content: string;
  placeholder: string;
}

/**
 * A Tiptap editor bound to the session's shared document. Schema extensions come from
 * documentSchemaExtensions (never per page); the rest is behaviour.
 */
export function useCollabEditor(session: CollabSession, user: Identity, labels: CollabEditorLabels): Editor {
  return useEditor(
    {
      extensions: [
        ...documentSchemaExtensions(session.doc),
        Placeholder.configure({ placeholder: labels.placeholder }),
        Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({ provider: session.provider, user }),
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
