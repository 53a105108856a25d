import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Money and dates in the reader's language; amounts are EUR throughout the plan. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const euro = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      euro: (amount: number): string => euro.format(amount),
      /** `2025-03-01` -> "Mar 2025". */
      month: (isoDate: string): string => month.format(new Date(`${isoDate}T00:00:00Z`)),
      day: (isoDate: string): string => day.format(new Date(`${isoDate}T00:00:00Z`)),
    };
  }, [language]);
}
