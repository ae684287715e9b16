import type { AxigenClient, Mail } from '@inkwell/axigen-client';
import { textToHtml } from './textToHtml';

/** The mail's body as HTML: the HTML part when there is one, else the text part converted. */
export async function loadBody(client: AxigenClient, mail: Mail): Promise<string> {
  try {
    const body = await client.getBody(mail.id, 'html');
    if (/html/i.test(body.contentType) || /<[a-z]/i.test(body.content)) return body.content;
    return textToHtml(body.content);
  } catch (htmlError) {
    try {
      const text = await client.getBody(mail.id, 'text');
      return textToHtml(text.content);
    } catch {
      throw htmlError;
    }
  }
}
