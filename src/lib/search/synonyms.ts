// Words citizens use for the same thing, per language. The built-in backend expands queries
// with them; the Algolia backend sends them as synonyms, so both answer alike.
export const SYNONYMS: Record<string, string[][]> = {
  en: [
    ['census', 'register', 'registration', 'padron'],
    ['fine', 'penalty', 'ticket'],
    ['tax', 'levy'],
    ['bin', 'waste', 'rubbish', 'garbage'],
    ['id', 'identity', 'dni'],
  ],
  es: [
    ['padron', 'empadronamiento', 'censo', 'inscripcion'],
    ['multa', 'sancion', 'denuncia'],
    ['impuesto', 'tasa', 'tributo'],
    ['basura', 'residuos'],
  ],
}

const ASCII = /^[\x00-\x7f]*$/

/** Folds case and accents, so "Padrón" and "padron" are one word. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode normalization (it dominates index builds).
  if (ASCII.test(word)) return word.toLowerCase()
  return word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/** The other words that mean `word` in `locale` (folded), without the word itself. */
export function synonymsOf(word: string, locale: string): string[] {
  const folded = foldWord(word)
  const group = (SYNONYMS[locale] ?? []).find((words) => words.includes(folded))
  return group ? group.filter((w) => w !== folded) : []
}
