import { useTranslation } from 'react-i18next';
import { List, Stack, Text } from '@mantine/core';
import type { LogicFlag } from '@iap/shared';

interface LogicFlagListProps {
  flags: LogicFlag[];
  /** How to name the item a flag is about ("A2", "O1"), or null to leave it out. */
  itemLabel?: (flag: LogicFlag) => string | null;
  /** 'lines' for a narrow table cell: no bullets and indentation to squeeze the text. */
  variant?: 'list' | 'lines';
}

/** The plan-logic problems, in words. */
export function LogicFlagList({ flags, itemLabel, variant = 'list' }: LogicFlagListProps) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const texts = flags.map((flag, index) => {
    const item = itemLabel?.(flag) ?? null;
    const text = t(`iap.flags.${flag.code}`);
    return { key: `${flag.code}-${flag.itemId ?? ''}-${flag.index ?? ''}-${index}`, text: item ? t('iap.flags.withItem', { item, text }) : text };
  });
  if (variant === 'lines') {
    return (
      <Stack gap={0} className="iap-flag-list">
        {texts.map(({ key, text }) => (
          <Text key={key} size="xs">
            {text}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <List size="sm" spacing={2} className="iap-flag-list">
      {texts.map(({ key, text }) => (
        <List.Item key={key}>
          <Text span size="sm">
            {text}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
