import type { MenuMessageKey } from '../../menu/menuMessages';

export const menuRo: Record<MenuMessageKey, string> = {
  'menu.loadFailed': 'Meniul nu a putut fi încărcat. Verifică conexiunea și încearcă din nou.',
  'menu.loadRetry': 'Încearcă din nou',
};
