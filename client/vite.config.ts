import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards the API and the collaboration socket to a server started with `pnpm start`.
const SERVER = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
  },
});
