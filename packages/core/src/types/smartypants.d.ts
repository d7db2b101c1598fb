// smartypants ships no types; this is the one function Dossier uses.
declare module 'smartypants' {
  /** Educate quotes, dashes and ellipses, returning Unicode characters instead of entities. */
  export function smartypantsu(text: string, attributes?: string): string
}
