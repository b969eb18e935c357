import { api } from '../core/api';
import type { QueryResult, SavedQuery } from '../core/api-types';
import type { Atlas } from '../core/atlas';
import { formatParameter, parameterKind, parseParameter } from '../core/query-parameters';
import { button, h, render } from './dom';
import { describeError, withBusy } from './notices';
import { searchBox } from './search-box';
import { shorten } from './evidence-list';
import { formatDate } from '../core/evidence';

export type QueryActions = { showResult(title: string, result: QueryResult): void };

/** The saved queries: a list with titles and descriptions; choosing one opens a form built from its parameters. */
export function queriesPanel(
  atlas: Atlas,
  actions: QueryActions,
  preset?: { name: string; parameters: Record<string, unknown> },
): HTMLElement {
  const body = h('div', { class: 'queries-panel' }, h('p', { class: 'busy muted' }, 'Loading saved queries'));
  void api
    .queries()
    .then(({ queries }) => {
      const list = () =>
        render(
          body,
          queries.length === 0 ? h('p', { class: 'muted' }, 'No saved queries on this server.') : null,
          queries.map((query) =>
            button(
              [query.title, h('small', {}, query.description)],
              () => render(body, queryForm(query, atlas, actions, list)),
              {
                class: 'query-item',
                dataset: { query: query.name },
              },
            ),
          ),
        );
      const presetQuery = preset && queries.find((query) => query.name === preset.name);
      if (presetQuery) render(body, queryForm(presetQuery, atlas, actions, list, preset.parameters));
      else list();
    })
    .catch((error: unknown) => render(body, h('p', { class: 'invalid' }, describeError(error))));
  return body;
}

/** An entity id typed by name: the field completes names and aliases and fills in the chosen entity's id. */
function entityPicker(name: string, value: string): HTMLElement {
  return searchBox({
    id: `parameter-${name}`,
    name,
    value,
    fill: 'id',
    label: name,
    placeholder: 'type a name, or an id',
    onChoose: () => undefined,
  }).element;
}

/** An article id chosen by title, outlet and date from the articles the server holds. */
function articlePicker(name: string, value: string): HTMLSelectElement {
  const select = h(
    'select',
    { props: { name }, attrs: { 'aria-label': name } },
    h('option', { props: { value } }, value || 'Loading articles…'),
  );
  void api
    .articles()
    .then(({ articles }) =>
      render(
        select,
        h('option', { props: { value: '' } }, '— choose an article —'),
        articles.map((article) =>
          h(
            'option',
            { props: { value: article.id, selected: article.id === value } },
            `${formatDate(article.publishedAt)} · ${article.source ?? 'unknown outlet'} · ${shorten(article.title ?? article.id, 70)}`,
          ),
        ),
      ),
    )
    .catch(() => undefined);
  return select;
}

/** A form generated from a query's parameter header: one field per parameter, typed, with its bounds checked. */
export function queryForm(
  query: SavedQuery,
  atlas: Atlas,
  actions: QueryActions,
  back: () => void,
  values: Record<string, unknown> = {},
): HTMLElement {
  const fields = query.parameters.map((parameter) => {
    const kind = parameterKind(parameter);
    const initial = values[parameter.name] ?? parameter.default;
    const input =
      kind === 'boolean'
        ? h('input', { props: { type: 'checkbox', checked: initial === true, name: parameter.name } })
        : parameter.type === 'entityId'
          ? entityPicker(parameter.name, formatParameter(initial))
          : parameter.type === 'articleId'
            ? articlePicker(parameter.name, formatParameter(initial))
            : h('input', {
                props: {
                  type: kind === 'integer' || kind === 'float' ? 'number' : 'text',
                  name: parameter.name,
                  value: formatParameter(initial),
                  step: kind === 'float' ? 'any' : '1',
                },
                attrs: {
                  min: parameter.min,
                  max: parameter.max,
                  placeholder: kind === 'list' ? 'comma, separated, values' : parameter.type,
                },
              });
    const message = h('span', { class: 'invalid', attrs: { 'aria-live': 'polite' } });
    const field =
      input instanceof HTMLInputElement || input instanceof HTMLSelectElement ? input : input.querySelector('input')!;
    const row = h(
      'label',
      { class: 'form-row', dataset: { parameter: parameter.name } },
      h('span', {}, parameter.name, h('span', { class: 'muted' }, ` (${parameter.type})`)),
      input,
      parameter.description ? h('span', { class: 'hint' }, parameter.description) : null,
      message,
    );
    return { parameter, input: field, message, row };
  });

  const run = button(
    'Run',
    () => {
      const parameters: Record<string, unknown> = {};
      let valid = true;
      for (const field of fields) {
        const { input } = field;
        const parsed = parseParameter(
          field.parameter,
          input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value,
        );
        field.message.textContent = parsed.error ?? '';
        if (parsed.error) valid = false;
        else if (parsed.value !== undefined) parameters[field.parameter.name] = parsed.value;
      }
      if (!valid) return;
      void withBusy(run, async () => {
        const result = await atlas.runQuery(query.name, parameters);
        actions.showResult(query.title, result);
      });
    },
    { class: 'primary', attrs: { 'data-action': 'run-query' } },
  );

  return h(
    'form',
    {
      class: 'query-form',
      dataset: { query: query.name },
      on: {
        submit: (event) => {
          event.preventDefault();
          run.click();
        },
      },
    },
    button('← All queries', back, { class: 'link' }),
    h('h3', {}, query.title),
    h('p', { class: 'meta' }, query.description),
    fields.map((field) => field.row),
    h('div', { class: 'actions' }, run),
  );
}
