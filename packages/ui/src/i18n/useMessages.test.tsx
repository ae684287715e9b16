import { render, screen } from '@testing-library/react';
import { I18nProvider } from './I18nProvider';
import { useLocale, useMessages } from './useMessages';

const demoMessages = {
  'demo.greeting': 'Hello {name}',
  'demo.files': '{count, plural, one {# file} other {# files}}',
} as const;

function Demo() {
  const t = useMessages(demoMessages);
  const { dir, locale } = useLocale();
  return (
    <p data-dir={dir} data-locale={locale}>
      {t('demo.greeting', { name: 'Ana' })} / {t('demo.files', { count: 3 })}
    </p>
  );
}

describe('useMessages', () => {
  it('renders English defaults without a provider', () => {
    render(<Demo />);
    expect(screen.getByText('Hello Ana / 3 files')).toHaveAttribute('data-dir', 'ltr');
  });

  it('uses the provider’s translation and locale plural rules', () => {
    render(
      <I18nProvider
        locale="ro"
        messages={{
          'demo.greeting': 'Salut {name}',
          'demo.files': '{count, plural, one {# fișier} few {# fișiere} other {# de fișiere}}',
        }}
      >
        <Demo />
      </I18nProvider>,
    );
    expect(screen.getByText('Salut Ana / 3 fișiere')).toHaveAttribute('data-locale', 'ro');
  });

  it('derives right-to-left from an Arabic locale and lets nested providers override single keys', () => {
    render(
      <I18nProvider locale="ar" messages={{ 'demo.greeting': 'مرحبا {name}' }}>
        <I18nProvider locale="ar" messages={{ 'demo.files': 'ملفات: {count}' }}>
          <Demo />
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('مرحبا Ana / ملفات: 3')).toHaveAttribute('data-dir', 'rtl');
  });
});
