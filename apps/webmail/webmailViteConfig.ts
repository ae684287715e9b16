import { fileURLToPath } from 'node:url';
import { axigenEmulator } from '@inkwell/axigen-emulator/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, type InlineConfig } from 'vite';

export interface WebmailConfigOptions {
  /** Where the embedded emulator keeps its state across restarts; none keeps it in memory. */
  dataDir?: string;
  port?: number;
}

/** The sample app on the embedded emulator; shared by vite.config.ts and the end-to-end tests. */
export function webmailViteConfig({ dataDir, port = 5173 }: WebmailConfigOptions): InlineConfig {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react(), axigenEmulator(dataDir ? { dataDir } : {})],
    resolve: { conditions: ['@inkwell/source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port, strictPort: port !== 0 },
  };
}
