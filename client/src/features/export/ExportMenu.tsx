import { useMenuOnDemand } from '../../app/useMenuOnDemand';
import { ExportMenuButton } from './ExportMenuButton';

const loadExportMenu = () => import('./ExportMenuDropdown').then((module) => module.ExportMenuDropdown);

/**
 * The plan page's Export button and its menu of formats, whose code (with Mantine's Menu) loads
 * when first wanted: the plan must open fast, the export is occasional.
 */
export function ExportMenu({ documentName }: { documentName: string }) {
  const { Menu, triggerProps } = useMenuOnDemand(loadExportMenu);
  if (Menu) return <Menu documentName={documentName} />;
  return <ExportMenuButton {...triggerProps} />;
}
