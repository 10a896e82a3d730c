// The dark theme's tokens in a script of their own (darkTheme.js): most people use a light
// Office theme and never need them. Loaded through paneTheme.ts only.
export { webDarkTheme } from "@fluentui/react-components";
