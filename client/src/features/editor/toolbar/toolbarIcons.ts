/*
 * The toolbar's icons as SVG path data (Tabler Icons, MIT licence, the set the Mantine toolbar
 * drew before): one stroked path each, so an icon costs a string instead of a component.
 */
const HEADING_BASE = 'M4 6v12M12 6v12M11 18h2M3 18h2M4 12h8M3 6h2M11 6h2';
const LINK_BASE = 'M9 15l6 -6M11 6l.463 -.536a5 5 0 0 1 7.071 7.072l-.534 .464M13 18l-.397 .534a5.068 5.068 0 0 1 -7.127 0a4.972 4.972 0 0 1 0 -7.071l.524 -.463';
const ROW_BELOW_BOX = 'M20 6v4a1 1 0 0 1 -1 1h-14a1 1 0 0 1 -1 -1v-4a1 1 0 0 1 1 -1h14a1 1 0 0 1 1 1z';
const COLUMN_LEFT_BOX = 'M6 4h4a1 1 0 0 1 1 1v14a1 1 0 0 1 -1 1h-4a1 1 0 0 1 -1 -1v-14a1 1 0 0 1 1 -1z';

export const TOOLBAR_ICONS = {
  undo: 'M9 14l-4 -4l4 -4M5 10h11a4 4 0 1 1 0 8h-1',
  redo: 'M15 14l4 -4l-4 -4M19 10h-11a4 4 0 1 0 0 8h1',
  h1: `M19 18v-8l-2 2${HEADING_BASE}`,
  h2: `M17 12a2 2 0 1 1 4 0c0 .591 -.417 1.318 -.816 1.858l-3.184 4.143l4 0${HEADING_BASE}`,
  h3: `M19 14a2 2 0 1 0 -2 -2M17 16a2 2 0 1 0 2 -2${HEADING_BASE}`,
  h4: `M20 18v-8l-4 6h5${HEADING_BASE}`,
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7h-6zM13 12h1a3.5 3.5 0 0 1 0 7h-7v-7',
  italic: 'M11 5l6 0M7 19l6 0M14 5l-4 14',
  bulletList: 'M9 6l11 0M9 12l11 0M9 18l11 0M5 6l0 .01M5 12l0 .01M5 18l0 .01',
  orderedList: 'M11 6h9M11 12h9M12 18h8M4 16a2 2 0 1 1 4 0c0 .591 -.5 1 -1 1.5l-3 2.5h4M6 10v-6l-2 2',
  link: LINK_BASE,
  unlink: `M17 22v-2${LINK_BASE}M20 17h2M2 7h2M7 2v2`,
  externalLink: 'M12 6h-6a2 2 0 0 0 -2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-6M11 13l9 -9M15 4h5v5',
  tableInsert: 'M12.5 21h-7.5a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h14a2 2 0 0 1 2 2v7.5M3 10h18M10 3v18M16 19h6M19 16v6',
  tableDelete:
    'M7 3h12a2 2 0 0 1 2 2v12m-.585 3.413a1.994 1.994 0 0 1 -1.415 .587h-14a2 2 0 0 1 -2 -2v-14c0 -.55 .223 -1.05 .583 -1.412M3 10h7m4 0h7M10 3v3m0 4v11M3 3l18 18',
  rowBefore: 'M4 18v-4a1 1 0 0 1 1 -1h14a1 1 0 0 1 1 1v4a1 1 0 0 1 -1 1h-14a1 1 0 0 1 -1 -1zM12 9v-4M10 7l4 0',
  rowAfter: `${ROW_BELOW_BOX}M12 15l0 4M14 17l-4 0`,
  rowDelete: `${ROW_BELOW_BOX}M10 16l4 4M10 20l4 -4`,
  columnBefore: 'M14 4h4a1 1 0 0 1 1 1v14a1 1 0 0 1 -1 1h-4a1 1 0 0 1 -1 -1v-14a1 1 0 0 1 1 -1zM5 12l4 0M7 10l0 4',
  columnAfter: `${COLUMN_LEFT_BOX}M15 12l4 0M17 10l0 4`,
  columnDelete: `${COLUMN_LEFT_BOX}M16 10l4 4M16 14l4 -4`,
} as const;

export type ToolbarIconName = keyof typeof TOOLBAR_ICONS;
