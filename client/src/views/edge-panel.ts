import type { EvidenceItem } from '../core/api-types';
import { formatDate, readableType } from '../core/evidence';
import { visibleEvidence, type Filters } from '../core/filters';
import type { ViewEdge } from '../core/graph-store';
import { button, h } from './dom';
import { evidenceList } from './evidence-list';

/** An edge's evidence: who said it, how often, when; contested claims flagged; the filters' view of it noted. */
export function edgePanel(
  edge: ViewEdge,
  ends: { source: { id: string; name: string }; target: { id: string; name: string } },
  filters: Filters,
  actions: { openNode(id: string): void; openArticle(item: EvidenceItem): void },
): HTMLElement {
  const shown = visibleEvidence(edge, filters);
  const hiddenCount = edge.evidence.length - shown.length;
  return h(
    'div',
    { class: 'edge-panel' },
    h(
      'p',
      {},
      button(ends.source.name, () => actions.openNode(ends.source.id), { class: 'link' }),
      ` ${readableType(edge.type)} `,
      button(ends.target.name, () => actions.openNode(ends.target.id), { class: 'link' }),
    ),
    h(
      'p',
      { class: 'meta' },
      `${edge.articles} article${edge.articles === 1 ? '' : 's'} · ${edge.outlets} outlet${edge.outlets === 1 ? '' : 's'}`,
      ` · first ${formatDate(edge.firstReported)} · last ${formatDate(edge.lastReported)} `,
      edge.contested ? h('span', { class: 'badge contested' }, 'contested: the sources disagree') : null,
    ),
    h('h3', {}, `Evidence (${edge.evidence.length})`),
    evidenceList(shown, actions.openArticle),
    hiddenCount > 0
      ? h('p', { class: 'muted' }, `${hiddenCount} more claim${hiddenCount === 1 ? '' : 's'} hidden by the filters.`)
      : null,
  );
}
