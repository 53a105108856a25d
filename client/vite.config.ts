import fs from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards the API and the collaboration socket to a server started with `pnpm start`.
const SERVER = 'http://127.0.0.1:3000';

/** Where the Mantine stylesheets the app loads are listed (instead of the whole styles.css). */
const MANTINE_STYLES = new URL('./src/app/mantine.css', import.meta.url);

/**
 * Fails the build when a Mantine component is bundled without its stylesheet in
 * src/app/mantine.css (or imported by the lazy page that uses it): each component's class names come from its `X.module.mjs`, whose
 * rules are in `@mantine/core/styles/X.css`. Without this, a newly used component would render
 * unstyled and nothing would say why.
 */
function mantineStylesGuard(): Plugin {
  return {
    name: 'iap-mantine-styles-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const listed = new Set([...fs.readFileSync(MANTINE_STYLES, 'utf8').matchAll(/@mantine\/core\/styles\/(\w+)\.css/g)].map((match) => match[1]));
      // A lazy page may import the stylesheet of a component only it uses: it loads with that page.
      for (const id of this.getModuleIds()) {
        const imported = /@mantine\/core\/styles\/(\w+)\.css$/.exec(id)?.[1];
        if (imported) listed.add(imported);
      }
      const missing = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          const component = /@mantine\/core\/esm\/.*\/(\w+)\.module\.mjs$/.exec(id)?.[1];
          if (component && module.renderedLength > 0 && !listed.has(component)) missing.add(component);
        }
      }
      if (missing.size > 0) {
        this.error(`Mantine components without their stylesheet: add @import '@mantine/core/styles/<name>.css' to src/app/mantine.css for ${[...missing].join(', ')}`);
      }
    },
  };
}

/**
 * What every page runs before its first paint, in one chunk: left to itself the bundler cuts it
 * into a dozen pieces, each shared with some lazy page, and each compressed on its own. One
 * chunk compresses better (the document route 438 KB brotli instead of 448, the sign-in page
 * 246 instead of 254) and nothing more is loaded: only libraries every page needs are named.
 * Mantine's components are not: most of them are used by one lazy page or another.
 */
const FRAMEWORK =
  /node_modules\/\.pnpm\/(react|react-dom|scheduler|wouter|regexparam|zod|i18next|react-i18next|@tanstack\+[a-z-]+|@mantine\+hooks|@floating-ui\+[a-z-]+)@|@mantine\/core\/esm\/(core|utils)\/|\/shared\/dist\//;

/**
 * The editor's libraries (ProseMirror, Tiptap, Yjs and their helpers), in one chunk for the same
 * reason: the parts of the plan page that load after the editor (comments, outline) each use some
 * of them, and the bundler then cut ProseMirror, Tiptap and Yjs into three chunks by who uses
 * which (the document route 5 KB heavier, nothing less loaded). The selection's bubble menu stays
 * out: it loads on demand.
 */
const EDITOR =
  /node_modules\/\.pnpm\/(prosemirror-[a-z-]+|@tiptap\+(?!extension-(bubble|floating)-menu)[a-z-]+|yjs|y-[a-z-]+|lib0|orderedmap|w3c-keyname|fast-equals|rope-sequence|linkifyjs)@(?!.*\/dist\/menus\/)/;

export default defineConfig({
  plugins: [react(), mantineStylesGuard()],
  server: {
    proxy: {
      '/api': { target: SERVER },
      '/collab': { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks and stylesheets each route loads (bench/src/client/routeSizes.ts).
    manifest: true,
    // Mantine and the editor (Tiptap, Yjs) are each about 650 kB minified; the editor chunk loads only on /doc.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK },
            // Shared by Tiptap and the charts: its own chunk, or the editor group would take it and the ULG page the editor with it.
            { name: 'with-selector', test: /node_modules\/\.pnpm\/use-sync-external-store@/ },
            { name: 'editor', test: EDITOR },
          ],
        },
      },
    },
  },
});
