// English defaults of the menus; translations live in src/locales/<lang>/menu.ts.
export const menuMessages = {
  'menu.loadFailed': 'The menu could not be loaded. Check your connection and try again.',
  'menu.loadRetry': 'Try again',
};

export type MenuMessageKey = keyof typeof menuMessages;
