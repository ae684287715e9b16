// `@inkwell/axigen-emulator/vite`: the Vite plugin (Node only; imports nodemailer through the Node runtime).
export { axigenEmulator, type AxigenEmulatorPluginOptions } from './vite/plugin';
