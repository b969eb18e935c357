import type { EditorApi } from '@neo4j-cypher/codemirror';
import { api } from '../core/api';
import { entityKinds, relationTypes, type QueryResult } from '../core/api-types';
import type { Atlas } from '../core/atlas';
import { button, h, render } from './dom';
import { describeError, notify, withBusy } from './notices';

const historyKey = 'atlas.cypher.history';
const tokenKey = 'atlas.api.token';
const historyDepth = 20;

const exampleQuery = `MATCH (p:Person)-[r:MET]->(q:Person)
RETURN p, r, q
LIMIT 50`;

function readHistory(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(historyKey) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function remember(query: string): void {
  const history = [query, ...readHistory().filter((item) => item !== query)].slice(0, historyDepth);
  localStorage.setItem(historyKey, JSON.stringify(history));
}

/** The Neo4j schema the editor completes from: our labels and relationship types, the article's properties. */
const editorSchema = {
  labels: ['Entity', ...entityKinds, 'Article'],
  relationshipTypes: [...relationTypes, 'MENTIONS'],
  propertyKeys: [
    'id',
    'name',
    'aliases',
    'kind',
    'wikidata',
    'title',
    'source',
    'url',
    'publishedAt',
    'article',
    'quote',
    'role',
    'count',
  ],
};

/**
 * Ad-hoc read-only Cypher: CodeMirror 6 with Neo4j's Cypher support (highlighting, completion), loaded only
 * when the panel opens since the Cypher parser is the largest part of the client. Run with the button or
 * Ctrl+Enter; the last queries are kept in this browser; "save as query" needs the server's API token.
 */
export function cypherPanel(
  atlas: Atlas,
  actions: { showResult(title: string, result: QueryResult): void },
): HTMLElement {
  const host = h('div', { class: 'cypher-editor', attrs: { 'data-editor': 'cypher' } });
  const historyList = h('div', { class: 'history' });
  const saveArea = h('div', { class: 'save-area' });
  let getValue: () => string = () => exampleQuery;
  let setValue: (value: string) => void = () => undefined;

  const run = button(
    'Run',
    () => {
      const query = getValue().trim();
      if (!query) return;
      void withBusy(run, async () => {
        const result = await atlas.runCypher(query);
        remember(query);
        drawHistory();
        actions.showResult('Cypher query', result);
      });
    },
    { class: 'primary', title: 'Ctrl+Enter', attrs: { 'data-action': 'run-cypher' } },
  );

  const drawHistory = () => {
    const history = readHistory();
    render(
      historyList,
      history.length
        ? history.map((query) => button(query, () => setValue(query), { class: 'history-item', title: query }))
        : h('p', { class: 'muted' }, 'Queries you run appear here.'),
    );
  };

  void import('@neo4j-cypher/codemirror')
    .then(({ createCypherEditor }) => {
      // The package's typings say it returns the editor API; at run time (1.0.3) the API comes as `{ editor }`.
      const created = createCypherEditor(host, {
        value: exampleQuery,
        schema: editorSchema,
        lineNumbers: true,
        autofocus: true,
        lint: true,
        theme: 'light',
      }) as unknown as { editor: EditorApi };
      const { editor } = created;
      getValue = () => editor.codemirror.state.doc.toString();
      setValue = (value) => editor.setValue(value);
      editor.onKeyDown((event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          run.click();
        }
      });
    })
    .catch((error: unknown) =>
      render(host, h('p', { class: 'invalid' }, `The editor failed to load: ${describeError(error)}`)),
    );

  drawHistory();
  return h(
    'div',
    { class: 'cypher-panel' },
    h('p', { class: 'meta' }, 'Read-only Cypher; nodes and relationships in the result are drawn on the canvas.'),
    host,
    h(
      'div',
      { class: 'actions' },
      run,
      button('Save as query…', () =>
        render(
          saveArea,
          saveForm(getValue, () => render(saveArea)),
        ),
      ),
    ),
    saveArea,
    h('h3', {}, 'History'),
    historyList,
  );
}

/** Saving needs the server's API token; it is asked once and kept for this browser tab only (sessionStorage). */
function saveForm(getValue: () => string, done: () => void): HTMLElement {
  const name = h('input', {
    props: { type: 'text', placeholder: 'name-in-kebab-case' },
    attrs: { 'aria-label': 'Name' },
  });
  const title = h('input', { props: { type: 'text', placeholder: 'Title' }, attrs: { 'aria-label': 'Title' } });
  const description = h('input', {
    props: { type: 'text', placeholder: 'What it answers' },
    attrs: { 'aria-label': 'Description' },
  });
  const token = h('input', {
    props: { type: 'password', value: sessionStorage.getItem(tokenKey) ?? '', autocomplete: 'off' },
    attrs: { 'aria-label': 'API token', placeholder: 'API token (ATLAS_API_TOKEN)' },
  });
  const message = h('p', { class: 'invalid' });
  const save = button(
    'Save',
    () => {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name.value)) {
        message.textContent = 'The name takes lower-case letters, digits and dashes.';
        return;
      }
      if (!token.value) {
        message.textContent = 'Enter the API token the server was started with (ATLAS_API_TOKEN).';
        return;
      }
      sessionStorage.setItem(tokenKey, token.value);
      void withBusy(save, async () => {
        try {
          await api.saveQuery(
            { name: name.value, title: title.value || name.value, description: description.value, cypher: getValue() },
            token.value,
          );
          notify(`Saved as “${name.value}”.`);
          done();
        } catch (error) {
          message.textContent = describeError(error);
        }
      });
    },
    { class: 'primary' },
  );
  return h(
    'div',
    {},
    h('h3', {}, 'Save as query'),
    name,
    title,
    description,
    token,
    h('div', { class: 'actions' }, save, button('Cancel', done)),
    message,
  );
}
