import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextEditorLabels } from '@mantine/tiptap';

/** The toolbar's accessible names and link-editor texts from our translations. */
export function useToolbarLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      undoControlLabel: t('editor.toolbar.undo'),
      redoControlLabel: t('editor.toolbar.redo'),
      boldControlLabel: t('editor.toolbar.bold'),
      italicControlLabel: t('editor.toolbar.italic'),
      h1ControlLabel: t('editor.toolbar.h1'),
      h2ControlLabel: t('editor.toolbar.h2'),
      h3ControlLabel: t('editor.toolbar.h3'),
      h4ControlLabel: t('editor.toolbar.h4'),
      bulletListControlLabel: t('editor.toolbar.bulletList'),
      orderedListControlLabel: t('editor.toolbar.orderedList'),
      linkControlLabel: t('editor.toolbar.link'),
      unlinkControlLabel: t('editor.toolbar.unlink'),
      linkEditorInputLabel: t('editor.toolbar.linkInput'),
      linkEditorInputPlaceholder: t('editor.toolbar.linkPlaceholder'),
      linkEditorExternalLink: t('editor.toolbar.linkExternal'),
      linkEditorInternalLink: t('editor.toolbar.linkInternal'),
      linkEditorSave: t('editor.toolbar.linkSave'),
      tableInsertControlLabel: t('editor.toolbar.tableInsert'),
      tableInsertLabel: (columns: number, rows: number) => t('editor.toolbar.tableInsertSize', { columns, rows }),
      tableDeleteControlLabel: t('editor.toolbar.tableDelete'),
      tableRowBeforeControlLabel: t('editor.toolbar.rowBefore'),
      tableRowAfterControlLabel: t('editor.toolbar.rowAfter'),
      tableRowDeleteControlLabel: t('editor.toolbar.rowDelete'),
      tableColumnBeforeControlLabel: t('editor.toolbar.columnBefore'),
      tableColumnAfterControlLabel: t('editor.toolbar.columnAfter'),
      tableColumnDeleteControlLabel: t('editor.toolbar.columnDelete'),
    }),
    [t],
  );
}
