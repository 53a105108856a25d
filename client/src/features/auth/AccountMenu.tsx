import { useMenuOnDemand } from '../../app/useMenuOnDemand';
import type { Identity } from '../identity/Identity';
import { AccountButton } from './AccountButton';

const loadAccountMenu = () => import('./AccountMenuDropdown').then((module) => module.AccountMenuDropdown);

/**
 * The header's "you" button when signed in, and its menu (who you are, signing out), whose code
 * loads when first wanted: the menu is on every signed-in page but rarely opened.
 */
export function AccountMenu({ identity }: { identity: Identity }) {
  const { Menu, triggerProps } = useMenuOnDemand(loadAccountMenu);
  if (Menu) return <Menu identity={identity} />;
  return <AccountButton identity={identity} {...triggerProps} />;
}
