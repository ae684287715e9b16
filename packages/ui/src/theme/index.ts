export { lightTheme, darkTheme, brandTheme, themeStyle, type InkwellTheme } from './themes';
export { token, lightTokens, type TokenName } from './tokens';
export { WidgetStyles } from './WidgetStyles';
