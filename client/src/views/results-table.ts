import type { QueryResult } from '../core/api-types';
import { byId, button, h, render } from './dom';

/** A cell as text: entities by name and kind, other values as JSON. Always text, never markup. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  const record = value as Record<string, unknown>;
  const properties = (record.properties ?? record) as Record<string, unknown>;
  if (typeof record.type === 'string' && typeof record.start === 'string' && typeof record.end === 'string') {
    const quote = typeof properties.quote === 'string' ? ` “${properties.quote}”` : '';
    return `${record.start} —${record.type}→ ${record.end}${quote}`;
  }
  if (typeof properties.name === 'string') {
    const kind = typeof properties.kind === 'string' ? ` (${properties.kind})` : '';
    return `${properties.name}${kind}`;
  }
  return JSON.stringify(value);
}

function rowValues(row: unknown, columns: readonly string[]): unknown[] {
  if (Array.isArray(row)) return row;
  const record = (row ?? {}) as Record<string, unknown>;
  return columns.map((column) => record[column]);
}

/** The drawer under the canvas with a query's rows. */
export class ResultsTable {
  private readonly element = byId('drawer');

  show(title: string, result: QueryResult): void {
    const rows = result.rows as unknown[];
    const onCanvas = result.graph && result.graph.nodes.length > 0;
    render(
      this.element,
      h(
        'div',
        { class: 'drawer-header' },
        h('h2', {}, title),
        h(
          'span',
          { class: 'meta muted' },
          `${rows.length} row${rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated)' : ''} · ${Math.round(result.elapsedMs)} ms`,
          onCanvas ? ` · ${result.graph!.nodes.length} nodes drawn` : ' · nothing to draw',
        ),
        button('×', () => this.close(), { attrs: { 'aria-label': 'Close results' } }),
      ),
      rows.length === 0
        ? h('p', { class: 'muted' }, 'The query returned no rows.')
        : h(
            'table',
            { class: 'results' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                result.columns.map((column) => h('th', {}, column)),
              ),
            ),
            h(
              'tbody',
              {},
              rows.map((row) =>
                h(
                  'tr',
                  {},
                  rowValues(row, result.columns).map((value) => h('td', {}, cellText(value))),
                ),
              ),
            ),
          ),
    );
    this.element.hidden = false;
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  close(): void {
    this.element.hidden = true;
    render(this.element);
  }
}
