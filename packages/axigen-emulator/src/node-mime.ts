// Node-only entry: the nodemailer composer. Kept apart from index.ts so browser bundles never import nodemailer.
export { composeWithNodemailer } from './mime/nodemailer';
