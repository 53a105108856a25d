import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { RichTextEditor } from '@mantine/tiptap';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';
import { EditorToolbar } from './EditorToolbar';
import { useCollabEditor } from './useCollabEditor';
import { useToolbarLabels } from './useToolbarLabels';
import './collabEditor.css';

/** Panels placed around the editor that need the editor instance (the IAP's outline and comments). */
export type EditorFrame = ComponentType<{ editor: Editor; session: CollabSession; children: ReactNode }>;

interface CollabEditorProps {
  session: CollabSession;
  user: Identity;
  frame?: EditorFrame;
}

export function CollabEditor({ session, user, frame: Frame }: CollabEditorProps) {
  const { t } = useTranslation();
  const editor = useCollabEditor(session, user, {
    content: t('editor.contentLabel'),
    placeholder: t('editor.placeholder'),
  });
  const content = (
    <RichTextEditor editor={editor} labels={useToolbarLabels()} className="collab-editor">
      <EditorToolbar label={t('editor.toolbarLabel')} />
      <RichTextEditor.Content />
    </RichTextEditor>
  );
  return Frame ? (
    <Frame editor={editor} session={session}>
      {content}
    </Frame>
  ) : (
    content
  );
}
