import { useTranslation } from 'react-i18next';
import { Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TextChange } from '@iap/shared';
import { sectionTitleKey } from '../iap/sectionText';
import { groupBySection, shortenUnchanged } from './diffSections';

/**
 * The text changes, per section: inserted words in `<ins>`, deleted ones in `<del>`, each also
 * named for screen readers, and long unchanged stretches collapsed around the changes.
 * Sections without any change are left out.
 */
export function TextDiff({ text }: { text: readonly TextChange[] }) {
  const { t } = useTranslation();
  const sections = groupBySection(text).filter((section) => section.changed);
  if (sections.length === 0) return <Text size="sm">{t('versions.diff.noTextChange')}</Text>;
  return (
    <Stack gap="sm">
      {sections.map((section, index) => (
        <section key={`${section.sectionId ?? ''}-${index}`} className="version-diff__section" data-section={section.sectionId ?? ''}>
          <Title order={5} size="sm" mb={4}>
            {section.sectionId === null ? t('versions.diff.beforeSections') : t(sectionTitleKey(section.sectionId))}
          </Title>
          <p className="version-diff__text">
            {section.changes.map((change, position) => (
              <ChangedText
                key={position}
                change={change}
                changeBefore={isChange(section.changes[position - 1])}
                changeAfter={isChange(section.changes[position + 1])}
              />
            ))}
          </p>
        </section>
      ))}
    </Stack>
  );
}

const isChange = (change: TextChange | undefined): boolean => change !== undefined && change.kind !== 'unchanged';

function ChangedText({ change, changeBefore, changeAfter }: { change: TextChange; changeBefore: boolean; changeAfter: boolean }) {
  const { t } = useTranslation();
  if (change.kind === 'inserted') {
    return (
      <ins className="version-diff__inserted">
        <VisuallyHidden component="span">{t('versions.diff.inserted')} </VisuallyHidden>
        {change.text}
      </ins>
    );
  }
  if (change.kind === 'deleted') {
    return (
      <del className="version-diff__deleted">
        <VisuallyHidden component="span">{t('versions.diff.deleted')} </VisuallyHidden>
        {change.text}
      </del>
    );
  }
  const shortened = shortenUnchanged(change.text, changeBefore, changeAfter);
  if (shortened.kind === 'whole') return <span>{shortened.text}</span>;
  return (
    <span>
      {shortened.head}
      <span className="version-diff__ellipsis" role="img" aria-label={t('versions.diff.shortened')}>
        …
      </span>
      {shortened.tail}
    </span>
  );
}
