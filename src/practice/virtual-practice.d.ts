// The checked practice configuration, made by `vite-plugin.ts` at build time. An `import()` type, because an
// ambient module may not import from a relative path.
declare module 'virtual:practice' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const practice: import('./config').Practice;
}
