import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { useEditorState } from '@tiptap/react';

interface EditorToolbarProps {
  label: string;
}

/** Formatting for an IAP: headings, emphasis, lists, links and the tables of actions and indicators. */
export function EditorToolbar({ label }: EditorToolbarProps) {
  const { editor } = useRichTextEditorContext();
  // Row and column controls only mean something inside a table; elsewhere they would be seven disabled buttons.
  const inTable = useEditorState({ editor, selector: ({ editor: current }) => current?.isActive('table') ?? false });

  return (
    // Sticks just below the page header (its height is a CSS variable of the app shell).
    <RichTextEditor.Toolbar sticky stickyOffset="var(--app-header-height)" aria-label={label} role="toolbar">
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.H1 />
        <RichTextEditor.H2 />
        <RichTextEditor.H3 />
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
