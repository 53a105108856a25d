import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Popover, TextInput, UnstyledButton } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { ToolbarButton } from './ToolbarButton';
import { TOOLBAR_ICONS } from './toolbarIcons';

/**
 * Add or edit link: a small editor for the address under the button, also opened with Mod+K
 * (the link mark's `editRequests`). An empty address removes the link.
 */
export function LinkControl({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [url, setUrl] = useState('');
  const [external, setExternal] = useState(false);

  const open = useCallback(() => {
    const { href, target } = editor.getAttributes('link') as { href?: string | null; target?: string | null };
    setUrl(href ?? '');
    setExternal(href ? target === '_blank' : false);
    setOpened(true);
  }, [editor]);

  useEffect(() => {
    const requests = editor.storage.link.editRequests;
    const openOnRequest = (event: Event) => {
      event.preventDefault();
      open();
    };
    requests.addEventListener('edit', openOnRequest);
    return () => requests.removeEventListener('edit', openOnRequest);
  }, [editor, open]);

  const save = () => {
    // The text takes the focus now, before the address box goes away: Tiptap's focus() waits a
    // frame when the editor is not focused, and keys typed meanwhile would land nowhere (the next
    // Enter or a table inserted over the still-selected text).
    editor.view.focus();
    setOpened(false);
    const chain = editor.chain().focus().extendMarkRange('link');
    if (url.trim() === '') chain.unsetLink().run();
    else chain.setLink({ href: url.trim(), target: external ? '_blank' : null }).run();
  };
  const saveOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    save();
  };
  // Escape leaves the link as it was and takes the writer back to the text.
  const backToTextOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') editor.view.focus();
  };

  return (
    // No returnFocus: saving puts the focus back in the text, where the writer continues.
    <Popover opened={opened} onChange={setOpened} trapFocus shadow="md" offset={-44} zIndex={10000}>
      <Popover.Target>
        <ToolbarButton label={t('editor.toolbar.link')} icon="link" pressed={active} onClick={open} />
      </Popover.Target>
      <Popover.Dropdown className="editor-toolbar__link-editor" onKeyDown={backToTextOnEscape}>
        <TextInput
          className="editor-toolbar__link-input"
          type="url"
          aria-label={t('editor.toolbar.linkInput')}
          placeholder={t('editor.toolbar.linkPlaceholder')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          onKeyDown={saveOnEnter}
          rightSection={
            <UnstyledButton
              className="editor-toolbar__link-target"
              aria-label={t('editor.toolbar.linkExternal')}
              title={external ? t('editor.toolbar.linkExternal') : t('editor.toolbar.linkInternal')}
              aria-pressed={external}
              data-active={external || undefined}
              onClick={() => setExternal((current) => !current)}
            >
              <svg className="editor-toolbar__icon editor-toolbar__icon--small" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={TOOLBAR_ICONS.externalLink} />
              </svg>
            </UnstyledButton>
          }
        />
        <Button variant="default" className="editor-toolbar__link-save" onClick={save}>
          {t('editor.toolbar.linkSave')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
