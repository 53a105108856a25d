import { Group, Text } from '@mantine/core';
import type { StakeholderSector } from '@iap/shared';
import { ColorDot } from '../ColorDot';
import { SECTOR_COLORS, useStakeholderLabels } from './useStakeholderLabels';

/** A sector's name with its chart colour as a dot; the text carries the meaning, the dot only helps the eye. */
export function SectorLabel({ sector }: { sector: StakeholderSector }) {
  const labels = useStakeholderLabels();
  return (
    <Group gap={6} wrap="nowrap">
      <ColorDot color={SECTOR_COLORS[sector]} />
      <Text size="sm" component="span">
        {labels.sector(sector)}
      </Text>
    </Group>
  );
}
