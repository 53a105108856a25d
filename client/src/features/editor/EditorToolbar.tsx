import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { LinkControl } from './toolbar/LinkControl';
import { TableInsertControl } from './toolbar/TableInsertControl';
import { ToolbarButton } from './toolbar/ToolbarButton';
import { useToolbarState } from './toolbar/useToolbarState';
import './toolbar/editorToolbar.css';

interface EditorToolbarProps {
  editor: Editor;
  label: string;
  /** In a plan the sections are the h2s: its text gets h3 and h4, never a heading that looks like a section. */
  belowSections: boolean;
}

type HeadingLevel = 1 | 2 | 3 | 4;

function ControlsGroup({ children }: { children: ReactNode }) {
  return <div className="editor-toolbar__group">{children}</div>;
}

/** Formatting for an IAP: undo, headings, emphasis, lists, links and tables. */
export function EditorToolbar({ editor, label, belowSections }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const run = () => editor.chain().focus();
  const headingLevels: HeadingLevel[] = belowSections ? [3, 4] : [1, 2, 3];

  return (
    // Not sticky itself: the editor's bar around it sticks, with presence and the save badge.
    <div role="toolbar" aria-label={label} className="editor-toolbar collab-editor__toolbar">
      <ControlsGroup>
        <ToolbarButton label={t('editor.toolbar.undo')} icon="undo" disabled={!state.canUndo} onClick={() => run().undo().run()} />
        <ToolbarButton label={t('editor.toolbar.redo')} icon="redo" disabled={!state.canRedo} onClick={() => run().redo().run()} />
      </ControlsGroup>
      <ControlsGroup>
        {headingLevels.map((level) => (
          <ToolbarButton
            key={level}
            label={t(`editor.toolbar.h${level}`)}
            icon={`h${level}`}
            pressed={state.headingLevel === level}
            onClick={() => run().toggleHeading({ level }).run()}
          />
        ))}
      </ControlsGroup>
      <ControlsGroup>
        <ToolbarButton label={t('editor.toolbar.bold')} icon="bold" pressed={state.bold} onClick={() => run().toggleBold().run()} />
        <ToolbarButton label={t('editor.toolbar.italic')} icon="italic" pressed={state.italic} onClick={() => run().toggleItalic().run()} />
      </ControlsGroup>
      <ControlsGroup>
        <ToolbarButton
          label={t('editor.toolbar.bulletList')}
          icon="bulletList"
          pressed={state.bulletList}
          onClick={() => run().toggleBulletList().run()}
        />
        <ToolbarButton
          label={t('editor.toolbar.orderedList')}
          icon="orderedList"
          pressed={state.orderedList}
          onClick={() => run().toggleOrderedList().run()}
        />
      </ControlsGroup>
      <ControlsGroup>
        <LinkControl editor={editor} active={state.link} />
        <ToolbarButton label={t('editor.toolbar.unlink')} icon="unlink" onClick={() => run().unsetLink().run()} />
      </ControlsGroup>
      <ControlsGroup>
        <TableInsertControl editor={editor} disabled={!state.canInsertTable} />
        {/* Row and column controls only mean something inside a table; elsewhere they would be seven disabled buttons. */}
        {state.table && (
          <>
            <ToolbarButton label={t('editor.toolbar.rowBefore')} icon="rowBefore" disabled={!state.table.addRowBefore} onClick={() => run().addRowBefore().run()} />
            <ToolbarButton label={t('editor.toolbar.rowAfter')} icon="rowAfter" disabled={!state.table.addRowAfter} onClick={() => run().addRowAfter().run()} />
            <ToolbarButton label={t('editor.toolbar.rowDelete')} icon="rowDelete" disabled={!state.table.deleteRow} onClick={() => run().deleteRow().run()} />
            <ToolbarButton
              label={t('editor.toolbar.columnBefore')}
              icon="columnBefore"
              disabled={!state.table.addColumnBefore}
              onClick={() => run().addColumnBefore().run()}
            />
            <ToolbarButton
              label={t('editor.toolbar.columnAfter')}
              icon="columnAfter"
              disabled={!state.table.addColumnAfter}
              onClick={() => run().addColumnAfter().run()}
            />
            <ToolbarButton
              label={t('editor.toolbar.columnDelete')}
              icon="columnDelete"
              disabled={!state.table.deleteColumn}
              onClick={() => run().deleteColumn().run()}
            />
            <ToolbarButton label={t('editor.toolbar.tableDelete')} icon="tableDelete" disabled={!state.table.deleteTable} onClick={() => run().deleteTable().run()} />
          </>
        )}
      </ControlsGroup>
    </div>
  );
}
