import type { EvidenceItem } from '../core/api-types';
import { sourceLine } from '../core/evidence';
import { button, h } from './dom';

/** Titles of scraped articles are sometimes a whole first paragraph; the full one stays in the tooltip. */
export function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** The sentences behind a relation: quote, then article title and outlet · date; a click opens the article there. */
export function evidenceList(items: readonly EvidenceItem[], onOpen: (item: EvidenceItem) => void): HTMLElement {
  return h(
    'ol',
    { class: 'evidence' },
    items.map((item) =>
      h(
        'li',
        {},
        button(`“${item.quote}”`, () => onOpen(item), {
          class: 'link quote',
          title: 'Open the article at this sentence',
        }),
        h(
          'span',
          { class: 'source', title: item.title ?? item.article },
          shorten(item.title ?? item.article, 90),
          ' — ',
          sourceLine(item),
        ),
      ),
    ),
  );
}
