// Search that works for Chinese: no word boundaries, so a query matches as a substring. Full-width letters
// and digits match their ASCII forms (NFKC), case is ignored, and spaces and punctuation are left out, so
// "ID_CARD" finds "id card" and a message pasted with its full stop still matches.

const ignored = /[\s\p{P}\p{S}]+/gu

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(ignored, '')
}

/** The query's terms (split on spaces), normalized; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter((term) => term.length > 0)
}

/** True when every term of the query occurs in one of the texts (an empty query matches everything). */
export function matchesAllTerms(terms: readonly string[], texts: readonly string[]): boolean {
  if (terms.length === 0) return true
  const haystack = texts.map(normalizeForSearch).join('\n')
  return terms.every((term) => haystack.includes(term))
}
