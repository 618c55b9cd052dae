import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the API at `/` (see api/src/app.ts); `npm run build` runs this with cwd `admin/`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `vite` dev server: forward the API to a running `npm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
    // The typed documents are generated into ../schema/generated.
    fs: { allow: ['..'] },
  },
});
