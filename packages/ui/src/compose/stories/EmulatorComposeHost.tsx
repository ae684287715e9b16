// Stories only: a signed-in client on the emulator behind MSW, the provider, a language and a theme.
import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox, type ComposeIntent, type SendOutbox, type ServerClock } from '@inkwell/compose-core';
import { createServerClock } from '@inkwell/compose-core/schedule';
import { InkwellProvider } from '@inkwell/react';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ar } from '../../locales/ar';
import { ro } from '../../locales/ro';
import { brandTheme, darkTheme, lightTheme, themeStyle, type InkwellTheme } from '../../theme/themes';

export type StoryLocale = 'en' | 'ro' | 'ar';
export type StoryTheme = 'light' | 'dark' | 'brand';

const THEMES: Record<StoryTheme, InkwellTheme> = { light: lightTheme, dark: darkTheme, brand: brandTheme };
const CATALOGS = { en: {}, ro, ar };

/** A seeded inbox mail, found by subject, as the intent for a reply or forward. */
export interface MailPick {
  kind: 'reply' | 'replyAll' | 'forward';
  subject: string;
}

interface Props {
  locale?: StoryLocale;
  theme?: StoryTheme;
  pick?: MailPick;
  children: (intent: ComposeIntent, client: AxigenClient) => ReactNode;
}

async function findMail(client: AxigenClient, subject: string): Promise<string> {
  const folders = await client.listFolders();
  const inbox = folders.items.find((f) => f.role === 'inbox');
  if (!inbox) throw new Error('no inbox');
  const list = await client.listMails(inbox.id, { limit: 200 });
  const mail = list.items.find((m) => m.subject === subject);
  if (!mail) throw new Error(`no mail "${subject}"`);
  return mail.id;
}

export function EmulatorComposeHost({ locale = 'en', theme = 'light', pick, children }: Props) {
  const [setup] = useState<{ client: AxigenClient; outbox: SendOutbox; serverClock: ServerClock }>(() => {
    // As an app does: the server's time read from its answers (MSW's fetch is the global one at each call).
    const serverClock = createServerClock();
    const client = createAxigenClient({
      baseUrl: '',
      fetch: serverClock.wrapFetch((input, init) => globalThis.fetch(input, init)),
    });
    return { client, outbox: createSendOutbox({ client }), serverClock };
  });
  const [intent, setIntent] = useState<ComposeIntent | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await setup.client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' });
      const next: ComposeIntent = pick
        ? { kind: pick.kind, mailId: await findMail(setup.client, pick.subject) }
        : { kind: 'new' };
      if (live) setIntent(next);
    })();
    return () => {
      live = false;
    };
  }, [setup, pick]);
  return (
    <I18nProvider locale={locale} messages={CATALOGS[locale]}>
      <div
        dir={locale === 'ar' ? 'rtl' : 'ltr'}
        style={{
          ...themeStyle(THEMES[theme]),
          color: 'var(--ink-color-fg)',
          background: 'var(--ink-color-bg)',
          padding: 16,
          minHeight: 600,
        }}
      >
        {intent ? (
          <InkwellProvider client={setup.client} outbox={setup.outbox} serverClock={setup.serverClock}>
            {children(intent, setup.client)}
          </InkwellProvider>
        ) : (
          <p role="status">Signing in…</p>
        )}
      </div>
    </I18nProvider>
  );
}
