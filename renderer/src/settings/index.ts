// What the app uses of the settings; the rest of this folder is its own.
export { ProxyControl } from './ProxyControl';
export { TokenStorageControl } from './TokenStorageControl';
export { useThemePreference, type ThemeMode } from './use-theme-preference';
