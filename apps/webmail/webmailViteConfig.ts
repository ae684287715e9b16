import { fileURLToPath } from 'node:url';
import { axigenEmulator } from '@inkwell/axigen-emulator/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, type InlineConfig } from 'vite';
import { vendorChunk } from './build/vendorChunk';

export interface WebmailConfigOptions {
  /** Where the embedded emulator keeps its state across restarts; none keeps it in memory. */
  dataDir?: string;
  port?: number;
  /** A real Axigen WebMail origin (`https://mail.example.com`): /api is proxied there instead of the emulator. */
  axigenUrl?: string;
}

/** The sample app on the embedded emulator, or proxied to a real server; shared by vite.config.ts and the e2e tests. */
export function webmailViteConfig({ dataDir, port = 5173, axigenUrl }: WebmailConfigOptions): InlineConfig {
  const server = { host: '127.0.0.1', port, strictPort: port !== 0 };
  const base: InlineConfig = {
    root: fileURLToPath(new URL('.', import.meta.url)),
    resolve: { conditions: ['@inkwell/source', ...defaultClientConditions] },
    define: { 'import.meta.env.VITE_INKWELL_EMULATOR': JSON.stringify(axigenUrl ? 'false' : 'true') },
    build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: vendorChunk }] } } } },
  };
  if (axigenUrl) {
    const target = new URL(axigenUrl).origin;
    return {
      ...base,
      plugins: [react()],
      // Same origin for the browser: the session cookie is set for the dev server's host, not the mail server's.
      server: {
        ...server,
        proxy: { '/api': { target, changeOrigin: true, secure: true, cookieDomainRewrite: { '*': '' } } },
      },
    };
  }
  return { ...base, plugins: [react(), axigenEmulator(dataDir ? { dataDir } : {})], server };
}
