import { useEditorState, type Editor } from '@tiptap/react';

/** What the toolbar shows at the cursor: which formats are on and which commands can run. */
export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  headingLevel: number | null;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  canInsertTable: boolean;
  /** Inside a table: which row and column commands can run there. */
  table: TableCommands | null;
}

export interface TableCommands {
  addRowBefore: boolean;
  addRowAfter: boolean;
  deleteRow: boolean;
  addColumnBefore: boolean;
  addColumnAfter: boolean;
  deleteColumn: boolean;
  deleteTable: boolean;
}

const HEADING_LEVELS = [1, 2, 3, 4] as const;

const NOTHING_ACTIVE: ToolbarState = {
  canUndo: false,
  canRedo: false,
  headingLevel: null,
  bold: false,
  italic: false,
  bulletList: false,
  orderedList: false,
  link: false,
  canInsertTable: false,
  table: null,
};

function readToolbarState(editor: Editor): ToolbarState {
  // The page's editor is destroyed before the toolbar unmounts when one leaves the document.
  if (editor.isDestroyed) return NOTHING_ACTIVE;
  const can = () => editor.can();
  const inTable = editor.isActive('table');
  return {
    canUndo: can().undo(),
    canRedo: can().redo(),
    headingLevel: HEADING_LEVELS.find((level) => editor.isActive('heading', { level })) ?? null,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    link: editor.isActive('link'),
    canInsertTable: can().insertTable(),
    table: inTable
      ? {
          addRowBefore: can().addRowBefore(),
          addRowAfter: can().addRowAfter(),
          deleteRow: can().deleteRow(),
          addColumnBefore: can().addColumnBefore(),
          addColumnAfter: can().addColumnAfter(),
          deleteColumn: can().deleteColumn(),
          deleteTable: can().deleteTable(),
        }
      : null,
  };
}

/**
 * One subscription for the whole toolbar, read after every transaction and compared by value,
 * so the buttons re-render only when a state they show changes.
 */
export function useToolbarState(editor: Editor): ToolbarState {
  return useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
}
