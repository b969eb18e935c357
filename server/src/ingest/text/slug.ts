/** Lowercase ASCII words joined by '-': the id scheme of people, bases, agreements and organisations. */
export function slug(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Südkorea" → "Sudkorea", "Straße" → "Strasse": for ids and for matching names typed without accents. */
export function foldDiacritics(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
