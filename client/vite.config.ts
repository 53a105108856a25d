import fs from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards the API and the collaboration socket to a server started with `pnpm start`.
const SERVER = 'http://127.0.0.1:3000';

/** Where the Mantine stylesheets the app loads are listed (instead of the whole styles.css). */
const MANTINE_STYLES = new URL('./src/app/mantine.css', import.meta.url);

const COMPONENT_STYLESHEET = /@mantine\/core\/styles\/(\w+)\.css$/;
const COMPONENT_CLASSES = /@mantine\/core\/esm\/.*\/(\w+)\.module\.mjs$/;

/**
 * Fails the build when a Mantine component can render without its stylesheet: each component's
 * class names come from its `X.module.mjs`, whose rules are in `@mantine/core/styles/X.css`.
 * Every page has those listed in src/app/mantine.css (loaded with the entry); a component that
 * only lazily loaded code uses may instead have its stylesheet imported beside it, and then the
 * stylesheet must load with every lazy chunk that bundles the component: the chunk itself, the
 * chunks it imports statically or the entry's. Without this, a newly used component (or one
 * used by a second page) would render unstyled and nothing would say why.
 */
function mantineStylesGuard(): Plugin {
  return {
    name: 'iap-mantine-styles-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const listed = new Set([...fs.readFileSync(MANTINE_STYLES, 'utf8').matchAll(/@mantine\/core\/styles\/(\w+)\.css/g)].map((match) => match[1]));
      const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
      /** The chunks that load together with `fileName`: itself and what it imports statically. */
      const loadedWith = (fileName: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) loadedWith(imported, seen);
        return seen;
      };
      const modulesOf = (fileNames: Set<string>) => [...fileNames].flatMap((fileName) => Object.entries(chunks.get(fileName)?.modules ?? {}));
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      const withEntry = entry ? loadedWith(entry.fileName) : new Set<string>();
      const missing: string[] = [];
      for (const chunk of chunks.values()) {
        if (!chunk.isEntry && !chunk.isDynamicEntry) continue;
        const loaded = new Set([...loadedWith(chunk.fileName), ...withEntry]);
        const styled = new Set(listed);
        const used = new Set<string>();
        for (const [id, module] of modulesOf(loaded)) {
          const stylesheet = COMPONENT_STYLESHEET.exec(id)?.[1];
          if (stylesheet) styled.add(stylesheet);
          const component = COMPONENT_CLASSES.exec(id)?.[1];
          if (component && module.renderedLength > 0) used.add(component);
        }
        const unstyled = [...used].filter((component) => !styled.has(component));
        if (unstyled.length > 0) missing.push(`${chunk.name} (${unstyled.join(', ')})`);
      }
      if (missing.length > 0) {
        this.error(
          `Mantine components without their stylesheet: add @import '@mantine/core/styles/<name>.css' to src/app/mantine.css, or import it beside the lazily loaded code that uses the component, for ${missing.join('; ')}`,
        );
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
