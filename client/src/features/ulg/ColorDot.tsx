import { ColorSwatch, getThemeColor, useMantineTheme } from '@mantine/core';

/** A small swatch of a theme colour ('blue.7'), decorative: the text beside it carries the meaning. */
export function ColorDot({ color, size = 10 }: { color: string; size?: number }) {
  const theme = useMantineTheme();
  return <ColorSwatch color={getThemeColor(color, theme)} size={size} withShadow={false} aria-hidden />;
}
