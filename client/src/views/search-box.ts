import { api } from '../core/api';
import type { SearchResult } from '../core/api-types';
import { colourOfKind } from '../core/appearance';
import { h, render } from './dom';
import { describeError } from './notices';

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: 'kind', attrs: { style: `background:${colourOfKind(kind)}` } }, kind);
}

/**
 * A search field with autocomplete over names and aliases (the API is typo-tolerant). Arrow keys move through
 * the suggestions, Enter picks, Escape closes. Each answer replaces the previous one, which is aborted.
 */
export function searchBox(options: {
  placeholder: string;
  label: string;
  onChoose(result: SearchResult): void;
  id?: string;
  /** What the field shows once a suggestion is picked: its name (default), or its id for forms that send ids. */
  fill?: 'name' | 'id';
  name?: string;
  value?: string;
}): { element: HTMLElement; input: HTMLInputElement; clear(): void } {
  const listId = `${options.id ?? 'search'}-results`;
  const input = h('input', {
    props: {
      type: 'search',
      placeholder: options.placeholder,
      autocomplete: 'off',
      name: options.name ?? '',
      value: options.value ?? '',
    },
    attrs: {
      id: options.id,
      'aria-label': options.label,
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-autocomplete': 'list',
    },
  });
  const list = h('ul', { class: 'search-results', attrs: { id: listId, role: 'listbox' } });
  list.hidden = true;
  let results: SearchResult[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (result: SearchResult) => {
    close();
    input.value = options.fill === 'id' ? result.id : result.name;
    options.onChoose(result);
  };
  const show = (items: Node[]) => {
    render(list, items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const draw = () => {
    show(
      results.map((result, index) =>
        h(
          'li',
          {
            attrs: { role: 'option', 'aria-selected': index === active ? 'true' : 'false' },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                choose(result);
              },
            },
          },
          kindBadge(result.kind),
          h('span', {}, result.name),
          result.matched && result.matched !== result.name ? h('span', { class: 'matched' }, result.matched) : null,
        ),
      ),
    );
  };

  const lookUp = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await api.search(text, { limit: 12 }, controller.signal);
      results = answer.results;
      active = results.length ? 0 : -1;
      if (results.length) draw();
      else show([h('li', { class: 'empty' }, `No results for “${text}”`)]);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      results = [];
      show([h('li', { class: 'empty' }, describeError(error))]);
    }
  };

  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(() => void lookUp(text), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      draw();
    } else if (event.key === 'Enter') {
      const result = results[active];
      if (result && !list.hidden) {
        event.preventDefault();
        choose(result);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    element: h('div', { class: 'search' }, input, list),
    input,
    clear() {
      input.value = '';
      results = [];
      close();
    },
  };
}
