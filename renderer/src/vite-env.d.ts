// Asset imports resolved by Vite (the renderer tsconfig has no `vite/client` types).
declare module '*.svg' {
  const url: string;
  export default url;
}
