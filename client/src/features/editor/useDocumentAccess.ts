import { citySlugOfIapDocument } from '@iap/shared';
import { useCity } from '../cities/citiesApi';
import { useRoleLabel } from '../cities/useRoleLabel';

export interface DocumentAccess {
  /** Whether the server's policy lets this person change the document; null while it is asked. */
  canEdit: boolean | null;
  /** How they take part ("Observer", "Lead partner"), to say why they may only view. */
  roleLabel: string | null;
}

/**
 * What the signed-in person may do with a document. A city's IAP follows the city's
 * permissions (`iap.edit`, from the same policy the collab server applies); other documents
 * are open to everyone signed in.
 */
export function useDocumentAccess(documentName: string): DocumentAccess {
  const citySlug = citySlugOfIapDocument(documentName);
  const city = useCity(citySlug ?? '', citySlug !== null);
  const roleLabel = useRoleLabel();
  if (citySlug === null) return { canEdit: true, roleLabel: null };
  if (!city.data) return { canEdit: city.isError ? false : null, roleLabel: null };
  return { canEdit: city.data.permissions.includes('iap.edit'), roleLabel: roleLabel(city.data.role) };
}
