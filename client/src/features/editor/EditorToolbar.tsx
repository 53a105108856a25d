import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { useEditorState } from '@tiptap/react';

interface EditorToolbarProps {
  label: string;
  /** In a plan the sections are the h2s: its text gets h3 and h4, never a heading that looks like a section. */
  belowSections: boolean;
}

/** Formatting for an IAP: undo, headings, emphasis, lists, links and tables. */
export function EditorToolbar({ label, belowSections }: EditorToolbarProps) {
  const { editor } = useRichTextEditorContext();
  // Row and column controls only mean something inside a table; elsewhere they would be seven disabled buttons.
  const inTable = useEditorState({ editor, selector: ({ editor: current }) => current?.isActive('table') ?? false });

  return (
    // Not sticky itself: the editor's bar around it sticks, with presence and the save badge.
    <RichTextEditor.Toolbar aria-label={label} role="toolbar" className="collab-editor__toolbar">
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Undo />
        <RichTextEditor.Redo />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        {!belowSections && <RichTextEditor.H1 />}
        {!belowSections && <RichTextEditor.H2 />}
        <RichTextEditor.H3 />
        {belowSections && <RichTextEditor.H4 />}
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Link />
        <RichTextEditor.Unlink />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.TableInsert />
        {inTable && (
          <>
            <RichTextEditor.TableRowBefore />
            <RichTextEditor.TableRowAfter />
            <RichTextEditor.TableRowDelete />
            <RichTextEditor.TableColumnBefore />
            <RichTextEditor.TableColumnAfter />
            <RichTextEditor.TableColumnDelete />
            <RichTextEditor.TableDelete />
          </>
        )}
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
