/** The part of the `stopword` package (3.x, no bundled types) that Baskets uses: per-language stop-word lists. */
declare module 'stopword' {
  export const eng: readonly string[];
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const spa: readonly string[];
  export const nld: readonly string[];
  export const por: readonly string[];
  export const ita: readonly string[];
}
