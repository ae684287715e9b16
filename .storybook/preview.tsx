import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { directionOf, I18nProvider, type MessageCatalog } from '../packages/ui/src/i18n';
import { loadMenu } from '../packages/ui/src/menu/Menu';
import { ar } from '../packages/ui/src/locales/ar';
import { ro } from '../packages/ui/src/locales/ro';
import { brandTheme, darkTheme, lightTheme, themeStyle, type InkwellTheme } from '../packages/ui/src/theme';

const THEMES: Record<string, InkwellTheme> = { light: lightTheme, dark: darkTheme, brand: brandTheme };
const CATALOGS: Record<string, MessageCatalog | undefined> = { en: undefined, ro, ar };

/**
 * The toolbar's theme, language and direction around every story. A story that sets its own language or theme
 * nests its own provider or theme inside this one, and the inner one wins.
 */
const withThemeAndLanguage: Decorator = (Story, { globals }) => {
  const locale = typeof globals.locale === 'string' && globals.locale in CATALOGS ? globals.locale : 'en';
  const theme = THEMES[typeof globals.theme === 'string' ? globals.theme : 'light'] ?? lightTheme;
  const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : directionOf(locale);
  const messages = CATALOGS[locale];
  return (
    <I18nProvider locale={locale} dir={dir} {...(messages ? { messages } : {})}>
      <div
        dir={dir}
        lang={locale}
        style={{ ...themeStyle(theme), background: theme['color-bg'], color: theme['color-fg'], padding: 16 }}
      >
        <Story />
      </div>
    </I18nProvider>
  );
};

const loadMsw = mswLoader();
type MswParameter = unknown[] | { handlers?: unknown[] | Record<string, unknown[]> } | undefined;
const handlersOf = (msw: MswParameter): unknown[] =>
  !msw
    ? []
    : Array.isArray(msw)
      ? msw
      : Object.values(msw.handlers ?? {})
          .flat()
          .filter(Boolean);
let docsPage: { title: string; handlers: unknown[] } | undefined;

/**
 * The MSW loader resets the handlers for each story it loads. A docs page loads all its stories at once, so a story
 * without handlers would take the server away from one that signs in; on a docs page every story's handlers stay.
 */
const withMsw: Loader = async (context) => {
  await loadMsw(context);
  if (context.viewMode !== 'docs') return;
  if (docsPage?.title !== context.title) docsPage = { title: context.title, handlers: [] };
  docsPage.handlers.push(...handlersOf(context.parameters.msw as MswParameter));
  const worker = (context as { msw?: { use: (...handlers: unknown[]) => void } }).msw;
  if (worker && docsPage.handlers.length > 0) worker.use(...docsPage.handlers);
};

/**
 * Menus load their open state and items on demand (a chunk in an app, there once the pointer reaches a button); the
 * catalogue shows them as an app does after that, so a story's keys reach a loaded menu.
 */
const withMenus: Loader = async () => {
  await loadMenu();
};

const preview: Preview = {
  loaders: [withMsw, withMenus],
  decorators: [
    withThemeAndLanguage,
    (Story) => (
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Story />
      </QueryClientProvider>
    ),
  ],
  globalTypes: {
    theme: {
      description: 'Theme of the Inkwell widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the Inkwell widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ro', title: 'Română' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  parameters: {
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
