import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@mantine/core';

/** The Export button of the plan page, before its menu has loaded and as the menu's target after. */
export function ExportMenuButton(props: ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation();
  return (
    <Button variant="default" size="sm" aria-label={t('export.menuLabel')} {...props}>
      {t('export.menu')}
    </Button>
  );
}
