import { iapDocumentName } from '@iap/shared';

const IAP_PREFIX = iapDocumentName('');

/** The city whose IAP `documentName` is (`iap.<slug>` -> `<slug>`), or null for any other document. */
export function cityOfIapDocument(documentName: string): string | null {
  if (!documentName.startsWith(IAP_PREFIX)) return null;
  const slug = documentName.slice(IAP_PREFIX.length);
  return /^[a-z0-9-]+$/.test(slug) ? slug : null;
}
