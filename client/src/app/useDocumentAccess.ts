import { citySlugOfIapDocument } from '@iap/shared';
import { useCity } from '../features/cities/citiesApi';
import { useRoleLabel } from '../features/cities/useRoleLabel';
import { usePlanState } from '../features/planState/planStateApi';

export interface DocumentAccess {
  /** Whether the server's policy lets this person change the document; null while it is asked. */
  canEdit: boolean | null;
  /** How they take part ("Observer", "Lead partner"), to say why they may only view. */
  roleLabel: string | null;
  /** The plan is final: read-only for everyone, whatever their role, until it is reopened. */
  final: boolean;
}

/**
 * What the signed-in person may do with a document. A city's IAP follows the city's
 * permissions (`iap.edit`, from the same policy the collab server applies); other documents
 * are open to everyone signed in. A final plan is read-only for everyone.
 */
export function useDocumentAccess(documentName: string): DocumentAccess {
  const citySlug = citySlugOfIapDocument(documentName);
  const city = useCity(citySlug ?? '', citySlug !== null);
  const planState = usePlanState(documentName, citySlug !== null);
  const roleLabel = useRoleLabel();
  if (citySlug === null) return { canEdit: true, roleLabel: null, final: false };
  if (!city.data) return { canEdit: city.isError ? false : null, roleLabel: null, final: false };
  // Waits for the state too, so nobody starts typing into a final plan. The server enforces the lock;
  // a state that cannot be read leaves the decision to it.
  if (planState.isPending) return { canEdit: null, roleLabel: null, final: false };
  const final = planState.data?.state === 'final';
  return { canEdit: !final && city.data.permissions.includes('iap.edit'), roleLabel: roleLabel(city.data.role), final };
}
