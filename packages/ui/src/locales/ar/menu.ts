import type { MenuMessageKey } from '../../menu/menuMessages';

export const menuAr: Record<MenuMessageKey, string> = {
  'menu.loadFailed': 'تعذّر تحميل القائمة. تحقّق من الاتصال وحاول مرة أخرى.',
  'menu.loadRetry': 'حاول مرة أخرى',
};
