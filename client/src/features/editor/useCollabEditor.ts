import { useEffect, useRef } from 'react';
import type { Extensions } from '@tiptap/core';
import { useEditor, type Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';
import { documentSchemaExtensions } from './documentSchema';

/** The Yjs field the document text lives in; the server and exports read the same field. */
export const DOCUMENT_FIELD = 'default';

/**
 * The nodes a page adds to the schema, built per document (plan blocks read the document's
 * arrays). Every page must hand in the same ones: a client lacking a node deletes it for everyone.
 */
export type SchemaExtensions = (doc: Y.Doc) => Extensions;

interface CollabEditorLabels {
  content: string;
  placeholder: string;
}

/**
 * A Tiptap editor bound to the session's shared document. The schema is documentSchemaExtensions
 * with the page's `schema` nodes; the rest is behaviour. `editable` follows the
 * person's right to write: the server drops a read-only client's changes, so the editor must
 * not accept them in the first place.
 */
export function useCollabEditor(
  session: CollabSession,
  user: Identity,
  schema: SchemaExtensions,
  labels: CollabEditorLabels,
  editable: boolean,
): Editor {
  const editableNow = useRef(editable);
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...documentSchemaExtensions(schema(session.doc)),
        Placeholder.configure({ placeholder: labels.placeholder }),
        Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({ provider: session.provider, user }),
      ],
      editorProps: {
        // Recomputed on every view update, setEditable's included.
        attributes: () => ({
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': labels.content,
          'aria-readonly': String(!editableNow.current),
          spellcheck: 'true',
        }),
      },
    },
    // The user and labels change in place (useAwarenessUser); only a new document needs a new editor.
    [session],
  );
  useEffect(() => {
    editableNow.current = editable;
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return editor;
}
