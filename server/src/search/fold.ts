/** Lower case without diacritics, German sharp s spelled out: the form in which "Südkorea" and "sudkorea" meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** German umlauts may be typed as ae/oe/ue; searching for both spellings finds either. */
export function umlautVariants(term: string): string[] {
  const variants = new Set([term]);
  const collapsed = term.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  variants.add(collapsed);
  return [...variants];
}
