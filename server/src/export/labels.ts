import { interfaceLocale, LANGUAGES, vocabularyOf, type Language, type Vocabulary } from '@iap/shared';
import { en, type ExportLabelTexts } from './labelTexts/en.js';
import { es } from './labelTexts/es.js';
import { fi } from './labelTexts/fi.js';
import { hu } from './labelTexts/hu.js';
import { it } from './labelTexts/it.js';
import { pt } from './labelTexts/pt.js';
import { ro } from './labelTexts/ro.js';

/** The fixed words of a download in one language, the words it shares with the app, and how it writes amounts and dates. */
export type ExportLabels = ExportLabelTexts & Vocabulary & { language: Language; format: DocumentFormats };

/**
 * The fixed words of an export in each language of the network. Section titles and the
 * vocabulary (states, statuses, sectors, frequencies) are not here: they come from shared/
 * (`iapSectionTitle`, `vocabularyOf`), the same words the client shows.
 */
const TEXTS: Record<Language, ExportLabelTexts> = { en, pt, es, it, hu, ro, fi };
const built = new Map<Language, ExportLabels>();

/** The labels in `language`, English for one the exports are not written in. */
export function exportLabels(language: string): ExportLabels {
  const known = supportedLanguage(language);
  let labels = built.get(known);
  if (!labels) {
    labels = { ...TEXTS[known], ...vocabularyOf(known), language: known, format: documentFormats(known) };
    built.set(known, labels);
  }
  return labels;
}

function supportedLanguage(language: string): Language {
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

/**
 * The Intl locale of a download. English documents of a European programme write dates and
 * amounts the British way ("1 March 2026", "€100,000"); the others as the interface does.
 */
export function documentLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : interfaceLocale(language);
}

/** Amounts and dates as a download in `language` prints them. */
export interface DocumentFormats {
  /** An amount in EUR; empty when there is none. */
  euro(amount: number | null): string;
  /** A calendar date (`YYYY-MM-DD`) written out; the text itself when it is not one. */
  date(isoDate: string): string;
  /** A moment (ISO 8601) as date and time, in UTC. */
  dateTime(iso: string): string;
}

export function documentFormats(language: Language): DocumentFormats {
  const locale = documentLocale(language);
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  // Calendar dates are read and written in UTC so no time zone moves them a day.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return {
    euro: (amount) => (amount === null ? '' : euro.format(amount)),
    date: (isoDate) => {
      const parsed = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : null;
      return parsed && !Number.isNaN(parsed.getTime()) ? date.format(parsed) : isoDate;
    },
    dateTime: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : `${dateTime.format(parsed)} UTC`;
    },
  };
}
