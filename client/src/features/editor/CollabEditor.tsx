import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Typography } from '@mantine/core';
import { EditorContent, type Editor } from '@tiptap/react';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';
import { EditorToolbar } from './EditorToolbar';
import { useCollabEditor, type SchemaExtensions } from './useCollabEditor';
import './collabEditor.css';

/** Panels placed around the editor that need the editor instance (the IAP's outline and comments). */
export type EditorFrame = ComponentType<{ editor: Editor; session: CollabSession; children: ReactNode }>;

interface CollabEditorProps {
  session: CollabSession;
  user: Identity;
  /** The nodes the page adds to the document schema. */
  schema: SchemaExtensions;
  frame?: EditorFrame;
  /** No toolbar and no typing: for those who may only read. */
  readOnly: boolean;
  /** Presence and the save badge, kept in view in the editor's bar. */
  status: ReactNode;
  /** Shown between the bar and the text (the "View only" banner). */
  notice?: ReactNode;
  /** A city's plan: its sections are the h2s. */
  isPlan: boolean;
}

export function CollabEditor({ session, user, schema, frame: Frame, readOnly, status, notice, isPlan }: CollabEditorProps) {
  const { t } = useTranslation();
  const editor = useCollabEditor(
    session,
    user,
    schema,
    { content: t('editor.contentLabel'), placeholder: t('editor.placeholder') },
    !readOnly,
  );
  const content = (
    <div className="collab-editor">
      {/* One bar that stays in view: the writer always sees the toolbar, who is here and whether it is saved. */}
      <div className="collab-editor__bar" data-testid="editor-bar">
        {!readOnly && <EditorToolbar editor={editor} label={t('editor.toolbarLabel')} belowSections={isPlan} />}
        <div className="collab-editor__status">{status}</div>
      </div>
      {notice}
      {/* Typography: headings, lists, tables and links in Mantine's reading styles. */}
      <Typography className="collab-editor__typography">
        <EditorContent editor={editor} className="collab-editor__content" />
      </Typography>
    </div>
  );
  return Frame ? (
    <Frame editor={editor} session={session}>
      {content}
    </Frame>
  ) : (
    content
  );
}
