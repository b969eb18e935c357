import type { EntityRef } from './api-types';

export type Span = { start: number; end: number };

/**
 * Cuts the article into pieces at every mention and at the quoted sentence's edges, so that each piece is either
 * plain text or one mention, and knows whether it lies in the quote. Overlapping mentions keep the first.
 */
export function segmentText(
  text: string,
  mentions: readonly { entity: EntityRef; start: number; end: number }[],
  quote: Span | null,
): { text: string; entity: EntityRef | null; inQuote: boolean }[] {
  const sorted = [...mentions]
    .filter((mention) => mention.start >= 0 && mention.end <= text.length && mention.end > mention.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: { text: string; entity: EntityRef | null; inQuote: boolean }[] = [];
  const inQuote = (start: number, end: number) => quote !== null && start < quote.end && end > quote.start;
  const pushPlain = (start: number, end: number) => {
    const cuts = [start, end];
    if (quote) for (const edge of [quote.start, quote.end]) if (edge > start && edge < end) cuts.push(edge);
    cuts.sort((a, b) => a - b);
    for (let index = 0; index < cuts.length - 1; index++) {
      const from = cuts[index]!;
      const to = cuts[index + 1]!;
      if (to > from) pieces.push({ text: text.slice(from, to), entity: null, inQuote: inQuote(from, to) });
    }
  };
  let position = 0;
  for (const mention of sorted) {
    if (mention.start < position) continue;
    pushPlain(position, mention.start);
    pieces.push({
      text: text.slice(mention.start, mention.end),
      entity: mention.entity,
      inQuote: inQuote(mention.start, mention.end),
    });
    position = mention.end;
  }
  pushPlain(position, text.length);
  return pieces;
}
