/** The URL of a module built as a chunk of its own (src/integrations/lazy-chunk-url.ts). */
declare module '*?lazy-chunk-url' {
  const url: string;
  export default url;
}
