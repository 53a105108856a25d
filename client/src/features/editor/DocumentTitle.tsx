import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@mantine/core';
import { citySlugOfIapDocument } from '@iap/shared';
import { useCity } from '../cities/citiesApi';

/** The page heading (and browser tab title): a city's IAP is named after its city. */
export function DocumentTitle({ name }: { name: string }) {
  const slug = citySlugOfIapDocument(name);
  return slug ? <IapTitle slug={slug} /> : <PageTitle text={name} />;
}

function IapTitle({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const city = useCity(slug);
  return <PageTitle text={t('editor.iapTitle', { city: city.data?.name ?? slug })} />;
}

function PageTitle({ text }: { text: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${text} · ${t('app.name')}`;
  }, [text, t]);
  return (
    <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="document-title">
      {text}
    </Title>
  );
}
