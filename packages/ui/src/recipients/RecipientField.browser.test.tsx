// Layout in a real browser: nothing sticks out of a 360 px wide window, in either direction.
import { render } from 'vitest-browser-react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { RecipientField } from './RecipientField';

const people = [
  {
    name: 'Maximilian Alexander von Hohenzollern-Sigmaringen',
    address: 'maximilian.alexander.von.hohenzollern@sigmaringen.example',
  },
  { address: 'averyveryveryveryveryverylongaddressthatdoesnotbreak@a-long-subdomain.example.com' },
  { name: 'Ana', address: 'ana@example.com' },
  { address: 'not an address at all, really not' },
];

describe('RecipientField at 360 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps long chips inside the field (${dir})`, async () => {
      const screen = await render(
        <div style={{ width: 360 }}>
          <I18nProvider locale={dir === 'rtl' ? 'ar' : 'en'} messages={dir === 'rtl' ? ar : {}}>
            <RecipientField suggestions={false} defaultValue={people} />
          </I18nProvider>
        </div>,
      );
      const root = screen.container.querySelector<HTMLElement>('.ink-recipients-root')!;
      expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(360);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      for (const chip of root.querySelectorAll('.ink-recipients-chip')) {
        const box = chip.getBoundingClientRect();
        const outer = root.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(outer.left);
        expect(box.right).toBeLessThanOrEqual(outer.right);
      }
    });
  }
});
