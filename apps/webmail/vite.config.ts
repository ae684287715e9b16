import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@inkwell/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
});
