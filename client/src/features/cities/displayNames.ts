/**
 * Country and language names in the reader's language, from the browser's own CLDR data,
 * so the nine cities' countries need no translation keys per locale.
 */
export function countryName(code: string, locale: string): string {
  return displayName('region', code, locale);
}

export function languageName(code: string, locale: string): string {
  return displayName('language', code, locale);
}

function displayName(type: 'region' | 'language', code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}
