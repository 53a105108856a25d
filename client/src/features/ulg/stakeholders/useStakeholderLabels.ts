import { useTranslation } from 'react-i18next';
import { GENDERS, STAKEHOLDER_SECTORS, type Gender, type StakeholderSector } from '@iap/shared';

/** One colour per sector, the same in the table, the chart and the matrix. */
export const SECTOR_COLORS: Record<StakeholderSector, string> = {
  public_authority: 'blue.7',
  business: 'orange.8',
  civil_society: 'teal.8',
  education_research: 'violet.7',
  culture_creative: 'pink.7',
  citizen: 'gray.7',
};

/** Translated names of sectors and genders, and the option lists for selects. */
export function useStakeholderLabels() {
  const { t } = useTranslation();
  const sector = (value: StakeholderSector): string => t(`sectors.${value}`);
  const gender = (value: Gender | 'unspecified'): string => t(`genders.${value}`);
  return {
    sector,
    gender,
    sectorOptions: STAKEHOLDER_SECTORS.map((value) => ({ value, label: sector(value) })),
    genderOptions: GENDERS.map((value) => ({ value, label: gender(value) })),
  };
}
