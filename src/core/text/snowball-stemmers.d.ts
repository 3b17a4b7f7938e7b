/** The package ships no types; this is the surface its README documents (newStemmer(lang).stem(word), algorithms()). */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
