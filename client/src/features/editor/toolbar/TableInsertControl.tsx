import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover, UnstyledButton } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { ToolbarButton } from './ToolbarButton';

const MAX_SIZE = 10;
const CELLS = Array.from({ length: MAX_SIZE * MAX_SIZE }, (_, index) => ({ rows: Math.floor(index / MAX_SIZE) + 1, columns: (index % MAX_SIZE) + 1 }));

interface TableSize {
  rows: number;
  columns: number;
}

const ARROW_STEPS: Record<string, TableSize> = {
  ArrowRight: { rows: 0, columns: 1 },
  ArrowLeft: { rows: 0, columns: -1 },
  ArrowDown: { rows: 1, columns: 0 },
  ArrowUp: { rows: -1, columns: 0 },
};

const clampSize = (value: number) => Math.min(MAX_SIZE, Math.max(1, value));

/**
 * Insert table: a grid where the pointer or the arrow keys pick the size. Only the picked cell
 * is a tab stop, so the keyboard crosses the grid in one step instead of a hundred.
 */
export function TableInsertControl({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [size, setSize] = useState<TableSize>({ rows: 1, columns: 1 });

  const close = () => {
    setOpened(false);
    setSize({ rows: 1, columns: 1 });
  };
  const insert = ({ rows, columns }: TableSize) => {
    // At once, not a frame later as Tiptap's focus() would: see LinkControl's save.
    editor.view.focus();
    close();
    editor.chain().focus().insertTable({ rows, cols: columns, withHeaderRow: true }).run();
  };
  const moveWithArrows = (event: KeyboardEvent<HTMLDivElement>) => {
    // Escape inserts nothing and takes the writer back to the text.
    if (event.key === 'Escape') editor.view.focus();
    const step = ARROW_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = { rows: clampSize(size.rows + step.rows), columns: clampSize(size.columns + step.columns) };
    setSize(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-cell="${next.rows}-${next.columns}"]`)?.focus();
  };

  return (
    // No returnFocus: inserting puts the focus in the new table's first cell.
    <Popover opened={opened} onChange={(next) => !next && close()} trapFocus shadow="md" position="bottom-end">
      <Popover.Target>
        <ToolbarButton
          label={t('editor.toolbar.tableInsert')}
          icon="tableInsert"
          disabled={disabled}
          data-active={opened || undefined}
          onClick={() => (opened ? close() : setOpened(true))}
        />
      </Popover.Target>
      <Popover.Dropdown className="editor-toolbar__table-picker">
        <div className="editor-toolbar__table-grid" role="group" aria-label={t('editor.toolbar.tableInsert')} onKeyDown={moveWithArrows}>
          {CELLS.map((cell) => (
            <UnstyledButton
              key={`${cell.rows}-${cell.columns}`}
              data-cell={`${cell.rows}-${cell.columns}`}
              className="editor-toolbar__table-cell"
              data-active={(cell.rows <= size.rows && cell.columns <= size.columns) || undefined}
              tabIndex={cell.rows === size.rows && cell.columns === size.columns ? 0 : -1}
              aria-label={t('editor.toolbar.tableInsertSize', { columns: cell.columns, rows: cell.rows })}
              onMouseEnter={() => setSize(cell)}
              onFocus={() => setSize(cell)}
              onClick={() => insert(cell)}
            />
          ))}
        </div>
        <div className="editor-toolbar__table-size" aria-hidden="true">
          {size.columns} × {size.rows}
        </div>
      </Popover.Dropdown>
    </Popover>
  );
}
