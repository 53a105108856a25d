import { useTranslation } from 'react-i18next';
import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** Shown while a lazily loaded page (the editor) arrives on a first visit to its address. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
