import { render } from '@testing-library/react';
import { brandTheme, darkTheme, themeStyle } from './themes';
import { lightTokens, token } from './tokens';
import { WidgetStyles } from './WidgetStyles';

describe('theme', () => {
  it('reads tokens with their light default as fallback', () => {
    expect(token('color-fg')).toBe(`var(--ink-color-fg, ${lightTokens['color-fg']})`);
  });

  it('turns a theme into custom properties on an element', () => {
    const { container } = render(<div style={themeStyle(darkTheme)} />);
    expect((container.firstChild as HTMLElement).style.getPropertyValue('--ink-color-bg')).toBe('#16181c');
  });

  it('gives the brand theme only known tokens', () => {
    for (const name of Object.keys(brandTheme)) expect(lightTokens).toHaveProperty(name);
  });

  it('hoists one stylesheet per widget id into the head', () => {
    render(
      <>
        <WidgetStyles id="demo" css=".ink-demo{color:red}" />
        <WidgetStyles id="demo" css=".ink-demo{color:red}" />
      </>,
    );
    expect(document.head.querySelectorAll('style[data-href="inkwell-demo"]')).toHaveLength(1);
  });
});
