import { Alert, createTheme, type CSSVariablesResolver, type DrawerProps, type MantineThemeComponent, type ModalProps } from '@mantine/core';

/**
 * Mantine draws a modal's and a drawer's header as <header>; inside a dialog that is still a
 * banner landmark for assistive technology (axe: a second banner beside the page's). The
 * dialog has its own name from its title, so the header needs no role.
 */
const dialogHeader = { attributes: { header: { role: 'presentation' } } } satisfies Partial<ModalProps> & Partial<DrawerProps>;
/**
 * What `Modal.extend` and `Drawer.extend` would return, written out: calling them here would put
 * both components (with every part of them) into the code every page loads first.
 */
const dialogDefaults: MantineThemeComponent = { defaultProps: dialogHeader };

/** Calm defaults for a tool used for hours: one accent colour, soft radii, system fonts. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Modal: dialogDefaults,
    Drawer: dialogDefaults,
    // Even orange.9 on the light orange tint is 3.6:1; the title reads in dark text, the tint still warns.
    Alert: Alert.extend({
      vars: (_theme, props) => ({
        root: props.color === 'orange' && (props.variant ?? 'light') === 'light' ? { '--alert-color': 'var(--mantine-color-gray-9)' } : {},
      }),
    }),
  },
});

/**
 * Mantine's "dimmed" text (input descriptions, hints) is gray.6, 3.3:1 on white; gray.7
 * reaches WCAG AA (4.5:1) and still reads as secondary.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7] },
  dark: {},
});
