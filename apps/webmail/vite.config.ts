import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webmailViteConfig } from './webmailViteConfig';

// The embedded emulator answers /api/ and /__emulator/ on the app's own origin. Its state survives restarts in
// .emulator-data/ (delete the folder to start again from the seed). AXIGEN_URL=https://mail.example.com proxies
// /api/ to a real Axigen server instead.
export default defineConfig(
  webmailViteConfig({
    dataDir: process.env.INKWELL_EMULATOR_DATA ?? fileURLToPath(new URL('./.emulator-data', import.meta.url)),
    ...(process.env.AXIGEN_URL ? { axigenUrl: process.env.AXIGEN_URL } : {}),
  }),
);
