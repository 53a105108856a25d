import { useTranslation } from 'react-i18next';
import { Tooltip, VisuallyHidden } from '@mantine/core';
import type { DashboardCity } from '@iap/shared';

/** Light to dark with completeness; the darkest cells carry no text, so contrast is not at stake. */
function cellColor(completeness: number): string {
  if (completeness === 0) return 'var(--mantine-color-gray-2)';
  if (completeness < 34) return 'var(--mantine-color-teal-2)';
  if (completeness < 67) return 'var(--mantine-color-teal-5)';
  if (completeness < 100) return 'var(--mantine-color-teal-7)';
  return 'var(--mantine-color-teal-9)';
}

/**
 * The nine sections' completeness as a strip of cells in canvas order. A list for screen readers
 * ("Vision: 40% complete"); the colours are the picture of it.
 */
export function SectionHeatStrip({ city }: { city: DashboardCity }) {
  const { t } = useTranslation();
  return (
    <ul className="dashboard-heat" aria-label={t('dashboard.sections.label', { city: city.name })}>
      {city.sections.map((section, index) => {
        const text = t('dashboard.sections.cell', {
          number: index + 1,
          title: t(`iap.sections.${section.sectionId}.title`),
          percent: section.completeness,
        });
        return (
          <Tooltip key={section.sectionId} label={text} withArrow openDelay={200} events={{ hover: true, focus: false, touch: false }}>
            <li className="dashboard-heat__cell" style={{ background: cellColor(section.completeness) }} data-completeness={section.completeness}>
              <VisuallyHidden>{text}</VisuallyHidden>
            </li>
          </Tooltip>
        );
      })}
    </ul>
  );
}
