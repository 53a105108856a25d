import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { UnstyledButton } from '@mantine/core';
import { TOOLBAR_ICONS, type ToolbarIconName } from './toolbarIcons';

export interface ToolbarButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'aria-pressed'> {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: ToolbarIconName;
  /** Whether the format is on at the cursor; left out for buttons that are not toggles. */
  pressed?: boolean;
}

/** Keeps the editor's selection: a mouse press on a toolbar button must not take the focus from the text. */
function keepEditorFocus(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

/** One icon button of the editor's toolbar, in the bordered look of the editor's frame. */
export function ToolbarButton({ label, icon, pressed, className, ...button }: ToolbarButtonProps) {
  return (
    <UnstyledButton
      onMouseDown={keepEditorFocus}
      data-active={pressed || undefined}
      {...button}
      className={className ? `editor-toolbar__control ${className}` : 'editor-toolbar__control'}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
    >
      <svg className="editor-toolbar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={TOOLBAR_ICONS[icon]} />
      </svg>
    </UnstyledButton>
  );
}
