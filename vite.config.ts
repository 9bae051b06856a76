import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to out/renderer and served from app://sinergi (Electron) or the
// loopback web host; relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, target: 'chrome130', sourcemap: true },
});
