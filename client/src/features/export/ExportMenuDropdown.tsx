import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu } from '@mantine/core';
import type { ExportFormat } from '@iap/shared';
import { supportedLanguage } from '../../i18n/languages';
import { useOpenedOnMount } from '../../app/useMenuOnDemand';
import { planExportUrl } from './exportApi';
import { ExportMenuButton } from './ExportMenuButton';

/** The whole plan, then its action table. */
const PLAN_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];
const ACTION_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/**
 * The plan page's Export menu, loaded when first asked for (ExportMenu), so it opens as it
 * mounts. Each item is a real link to the export endpoint with `download`: the browser saves
 * the file under the name the server gives (the city's name), and a reader can also copy the
 * link or open it in a new tab.
 */
export function ExportMenuDropdown({ documentName }: { documentName: string }) {
  const { t, i18n } = useTranslation();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useOpenedOnMount(target);
  const language = supportedLanguage(i18n.language);
  const item = (format: ExportFormat) => (
    <Menu.Item key={format} component="a" href={planExportUrl(documentName, format, language)} download>
      {t(`export.formats.${format}`)}
    </Menu.Item>
  );
  return (
    // Mantine's initial-focus placeholder is an unnamed focusable element inside role="menu"
    // (axe: aria-required-children); without it the arrow keys still walk the items.
    <Menu opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={260} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <ExportMenuButton ref={target} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('export.planLabel')}</Menu.Label>
        {PLAN_FORMATS.map(item)}
        <Menu.Divider />
        <Menu.Label>{t('export.actionsLabel')}</Menu.Label>
        {ACTION_FORMATS.map(item)}
      </Menu.Dropdown>
    </Menu>
  );
}
