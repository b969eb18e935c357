import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ingestPaths } from '../../server/src/ingest/ingest.js';
import { loadLexicon } from '../../server/src/ingest/lexicon/lexicon.js';
import { sampleApi, type SampleApi } from '../support/api.js';
import { graphFromGexf } from '../support/export.js';
import {
  artifactsDir,
  ensureClientBuilt,
  graphSize,
  launchBrowser,
  openPage,
  screenshot,
  waitForGraph,
  type AtlasPage,
} from './browser.js';

/** An entity whose name is markup: if the client ever rendered names as HTML, the handler would set the flag. */
const hostileName = '<img src=x onerror="window.__pwned=1">';
const apiToken = 'e2e-token-0123456789abcdef';
const hostileTitle = '<script>window.__pwned=2</script>Zebrafront';

async function ingestHostileArticle(api: SampleApi): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-e2e-hostile-'));
  try {
    const lexicon = join(folder, 'lexicon');
    const articles = join(folder, 'articles');
    await mkdir(lexicon);
    await mkdir(articles);
    // A defence minister of Japan from an extra lexicon, so the article gives the name typed relations with quotes.
    await writeFile(
      join(lexicon, 'people.yaml'),
      [
        'people:',
        '  - id: hostile-person',
        `    name: '${hostileName}'`,
        '    aliases: [Zebra Mann]',
        '    offices:',
        '      - role: defence-minister',
        '        country: JP',
        '        from: 2020-01-01',
        '    source: https://example.org/hostile',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(articles, 'hostile.md'),
      [
        '---',
        `title: '${hostileTitle}'`,
        'source: Test Outlet',
        'publishedAt: 2025-01-01',
        'language: de',
        '---',
        'Der japanische Verteidigungsminister Zebra Mann traf am Montag US-Verteidigungsminister Lloyd Austin in Tokio.',
        '',
      ].join('\n'),
    );
    const summary = await ingestPaths(api.db, loadLexicon([lexicon]), [articles]);
    assert.deepEqual(summary.failed, [], 'the hostile article ingests');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('client (headless Chromium against the real server and Neo4j)', function () {
  this.timeout(180_000);
  let api: SampleApi;
  let browser: Browser;
  let open: AtlasPage | undefined;

  before(async () => {
    ensureClientBuilt();
    api = await sampleApi({ apiToken });
    await ingestHostileArticle(api);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api?.close();
  });

  afterEach(async function () {
    if (open && this.currentTest?.state === 'failed') {
      await screenshot(open.page, `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
    }
    await open?.close();
    open = undefined;
  });

  /** Opens the app, waits for the first graph, and checks at the end of each test that the page logged no error. */
  async function start(path = '/'): Promise<AtlasPage> {
    open = await openPage(browser, api.baseUrl, path);
    await waitForGraph(open.page);
    return open;
  }

  function assertNoErrors(page: AtlasPage): void {
    assert.deepEqual(page.errors, [], 'the page logged no errors');
  }

  it('draws the overview graph on load: every entity of /api/graph on a sigma canvas, with the legend', async () => {
    const { page, ...rest } = await start();
    const overview = await api.get<{ graph: { nodes: unknown[]; edges: unknown[] } }>('/api/graph');
    const { order, size } = await graphSize(page);
    assert.equal(order, overview.body.graph.nodes.length);
    assert.equal(size, overview.body.graph.edges.length);
    assert.ok((await page.locator('#canvas canvas').count()) >= 2, 'sigma drew its canvases');
    assert.ok(await page.evaluate(() => (window.__atlas?.renders ?? 0) > 0), 'sigma rendered frames');
    assert.match(await page.locator('#graph-stats').innerText(), new RegExp(`${order} nodes`));
    assert.ok(await page.locator('[data-kind="Person"]').isVisible(), 'the legend names the kinds');
    await screenshot(page, 'first-screen');
    assertNoErrors({ page, ...rest });
  });

  it('finds "Austin" with "/" and opens his panel with the sentences behind his relations', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.keyboard.press('/');
    await page.keyboard.type('Austin');
    const option = page.locator('#search-results [role="option"]', { hasText: 'Lloyd Austin' });
    await option.waitFor();
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel');
    await panel.locator('h2', { hasText: 'Lloyd Austin' }).waitFor();
    assert.equal(await page.evaluate(() => window.__atlas?.atlas.store.state.selectedNode), 'lloyd-austin');
    const relations = panel.locator('.relation');
    assert.ok((await relations.count()) > 0, 'relations are listed');
    const quotes = panel.locator('.evidence .quote');
    assert.ok((await quotes.count()) > 0, 'each relation shows its sentences');
    assert.match(await panel.locator('.evidence .source').first().innerText(), /\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'austin-panel');

    // A sentence opens its article, the quote marked and every recognised entity clickable.
    await quotes.first().click();
    const reader = page.locator('.reader');
    await reader.locator('.text').waitFor();
    assert.ok((await reader.locator('.in-quote').count()) > 0, 'the quoted sentence is marked');
    assert.ok((await reader.locator('.mention').count()) > 0, 'entities are highlighted');
    await screenshot(page, 'article-reader');
    const mention = reader.locator('.mention[data-entity]:not([data-entity="lloyd-austin"])').first();
    const entity = await mention.getAttribute('data-entity');
    await mention.click();
    await page.waitForFunction((id) => window.__atlas?.atlas.store.state.selectedNode === id, entity);
    assert.ok(
      await page
        .locator('.reader')
        .count()
        .then((count) => count === 0),
      'the reader closed',
    );

    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden' });
    assertNoErrors(atlasPage);
  });

  it('hovering a node fades all but its neighbourhood; clicking an edge opens its evidence, contested flagged', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    const box = (await page.locator('#canvas').boundingBox())!;
    /** Where sigma draws a node, in page pixels. */
    const pixelOf = (key: string) =>
      page.evaluate(
        ({ key, left, top }) => {
          const sigma = window.__atlas!.canvas.sigma;
          const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
          return { x: x + left, y: y + top };
        },
        { key, left: box.x, top: box.y },
      );

    const us = await pixelOf('US');
    await page.mouse.move(us.x, us.y);
    await page.waitForFunction(() => window.__atlas?.atlas.store.state.hoveredNode != null);
    // No named helpers inside: the test runner's compiler would wrap them in a function the page does not have.
    const hover = await page.evaluate(() => {
      const { atlas, canvas } = window.__atlas!;
      const hovered = atlas.store.state.hoveredNode!;
      const near = new Set([hovered, ...atlas.graph.neighbors(hovered)]);
      return {
        hovered,
        near: atlas.graph.filterNodes((key) => near.has(key)).map((key) => canvas.sigma.getNodeDisplayData(key)!.color),
        far: atlas.graph.filterNodes((key) => !near.has(key)).map((key) => canvas.sigma.getNodeDisplayData(key)!.color),
        farEdgesShown: atlas.graph
          .filterEdges((_key, _attributes, source, target) => source !== hovered && target !== hovered)
          .filter((key) => !canvas.sigma.getEdgeDisplayData(key)!.hidden).length,
      };
    });
    assert.ok(hover.far.length > 0 && hover.near.length > 1, `${hover.hovered} has neighbours and non-neighbours`);
    const [faded] = hover.far;
    assert.ok(
      hover.far.every((colour) => colour === faded),
      'every node outside the neighbourhood is faded alike',
    );
    assert.ok(
      hover.near.every((colour) => colour !== faded),
      'the neighbourhood keeps its colours',
    );
    assert.equal(hover.farEdgesShown, 0, 'only the hovered node’s edges stay drawn');
    await screenshot(page, 'hover');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction(() => window.__atlas?.atlas.store.state.hoveredNode === null);

    // The US's troops in Japan: two articles give different figures. Zoom onto that edge and click the point of it
    // that lies farthest from every other edge and node on screen, since the layout decides what crosses it.
    const troops = await page.evaluate(() =>
      window.__atlas!.atlas.graph.findEdge(
        (_key, attributes) => attributes.type === 'STATIONS_TROOPS_IN' && attributes.contested,
      ),
    );
    assert.ok(troops, 'the overview holds the contested troop figures');
    await page.evaluate((key) => {
      const { atlas, canvas } = window.__atlas!;
      const [source, target] = atlas.graph.extremities(key).map((end) => canvas.sigma.getNodeDisplayData(end)!);
      canvas.sigma
        .getCamera()
        .setState({ x: (source!.x + target!.x) / 2, y: (source!.y + target!.y) / 2, ratio: 0.15 });
    }, troops);
    await page.waitForTimeout(300);
    const target = await page.evaluate((key) => {
      const { atlas, canvas } = window.__atlas!;
      const sigma = canvas.sigma;
      const { width, height } = sigma.getDimensions();
      const [from, to] = atlas.graph
        .extremities(key)
        .map((node) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!));
      const others = atlas.graph
        .filterEdges((edge) => edge !== key && !sigma.getEdgeDisplayData(edge)?.hidden)
        .map((edge) =>
          atlas.graph.extremities(edge).map((node) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!)),
        );
      const nodes = atlas.graph
        .filterNodes((node) => !sigma.getNodeDisplayData(node)!.hidden)
        .map((node) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!));
      let best = { x: 0, y: 0, clearance: -1 };
      for (let step = 2; step <= 14; step++) {
        const t = step / 20;
        const point = { x: from!.x + (to!.x - from!.x) * t, y: from!.y + (to!.y - from!.y) * t };
        if (point.x < 10 || point.y < 10 || point.x > width - 10 || point.y > height - 10) continue;
        let clearance = Infinity;
        for (const [a, b] of others) {
          const dx = b!.x - a!.x;
          const dy = b!.y - a!.y;
          const along = Math.max(
            0,
            Math.min(1, ((point.x - a!.x) * dx + (point.y - a!.y) * dy) / (dx * dx + dy * dy || 1)),
          );
          clearance = Math.min(clearance, Math.hypot(point.x - a!.x - along * dx, point.y - a!.y - along * dy));
        }
        for (const node of nodes) clearance = Math.min(clearance, Math.hypot(point.x - node.x, point.y - node.y) - 20);
        if (clearance > best.clearance) best = { ...point, clearance };
      }
      return best;
    }, troops);
    assert.ok(target.clearance > 4, `a point of the edge stands clear of the others (${target.clearance} px)`);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForFunction(() => window.__atlas?.atlas.store.state.selectedEdge != null);
    const selected = await page.evaluate(() => window.__atlas!.atlas.store.state.selectedEdge);
    assert.equal(selected, troops, 'the click hit the edge under the cursor');
    const panel = page.locator('#panel .edge-panel');
    await panel.waitFor();
    const evidence = await page.evaluate(
      (key) => window.__atlas!.atlas.graph.getEdgeAttribute(key, 'evidence'),
      troops,
    );
    assert.ok(evidence.length >= 2);
    assert.equal(await panel.locator('h3').textContent(), `Evidence (${evidence.length})`);
    assert.equal(
      await panel.locator('.evidence .quote').count(),
      evidence.length,
      'every supporting sentence is listed',
    );
    assert.ok(await panel.locator('.badge.contested').isVisible(), 'the disagreement is flagged');
    assert.match(await panel.innerText(), /55[.,]000/);
    assert.match(await panel.innerText(), /54[.,]000/);
    await screenshot(page, 'edge-evidence');
    assertNoErrors(atlasPage);
  });

  it('expands a node: neighbours that were not on screen are added, and undo takes them away again', async () => {
    // Start from a saved query's small result (Austin's meetings), reopened from a shared link.
    const params = encodeURIComponent(JSON.stringify({ person: 'lloyd-austin' }));
    const atlasPage = await start(`/?query=who-met-whom&params=${params}`);
    const { page } = atlasPage;
    const before = await graphSize(page);
    await page.locator('#search').fill('Austin');
    await page.locator('#search-results [role="option"]', { hasText: 'Lloyd Austin' }).click();
    await page.locator('#panel h2', { hasText: 'Lloyd Austin' }).waitFor();
    await page.locator('#panel [data-action="expand"]').click();
    await page.waitForFunction((order) => (window.__atlas?.atlas.graph.order ?? 0) > order, before.order);
    const after = await graphSize(page);
    assert.ok(after.order > before.order, `expansion added nodes (${before.order} → ${after.order})`);
    assert.ok(await page.evaluate(() => window.__atlas?.atlas.graph.hasNode('US')), 'his country came with him');
    await screenshot(page, 'expanded');

    await page.locator('[data-action="undo"]').click();
    await page.waitForFunction((order) => window.__atlas?.atlas.graph.order === order, before.order);
    assertNoErrors(atlasPage);
  });

  it('reopens a shared link with its date filter: the network as reported up to then, and kinds toggled off', async () => {
    const atlasPage = await start('/?until=2023-06-30');
    const { page } = atlasPage;
    const hidden = () => page.evaluate(() => window.__atlas?.canvas.visibility().hiddenNodes.size ?? -1);
    const { order } = await graphSize(page);
    const early = await hidden();
    assert.ok(early > 0 && early < order, `only what was reported by mid-2023 shows (${order - early} of ${order})`);
    assert.equal(await page.locator('#until-label').innerText(), '2023-06-30');
    await screenshot(page, 'as-reported-2023');

    await page.locator('#until-slider').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => !window.location.search.includes('until'));
    assert.equal(await hidden(), 0, 'the last stop of the slider shows everything');
    await page.locator('[data-kind="Person"] input').uncheck();
    await page.waitForFunction(() => window.location.search.includes('hideKinds=Person'));
    assert.ok((await hidden()) > 0, 'people are hidden');
    assertNoErrors(atlasPage);
  });

  it('runs a saved query with a parameter: the form is built from its header, the result drawn and tabled', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('[data-tool="queries"]').click();
    await page.locator('.query-item[data-query="country-officials"]').click();
    const form = page.locator('form.query-form[data-query="country-officials"]');
    const country = form.locator('input[name="country"]');
    assert.equal(await country.inputValue(), 'US', 'the default comes from the header');
    await country.fill('JP');
    await form.locator('[data-action="run-query"]').click();
    const drawer = page.locator('#drawer');
    await drawer.locator('table.results').waitFor();
    assert.ok((await drawer.locator('tbody tr').count()) > 0, 'rows are shown');
    assert.match(await drawer.locator('tbody').innerText(), /Japan/);
    await page.waitForFunction(() => window.__atlas?.atlas.graph.hasNode('JP') === true);
    // The address bar follows the view after a short debounce, so wait for it rather than read it at once.
    await page.waitForFunction(() => location.href.includes('query=country-officials'), null, { timeout: 10_000 });
    assert.match(decodeURIComponent(page.url()), /"country":"JP"/);
    await screenshot(page, 'saved-query');
    assertNoErrors(atlasPage);
  });

  it('runs ad-hoc Cypher in the CodeMirror editor and saves it as a query with the API token', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('[data-tool="cypher"]').click();
    const editor = page.locator('[data-editor="cypher"] .cm-content');
    await editor.waitFor();
    assert.ok((await page.locator('[data-editor="cypher"] .cm-editor').count()) === 1, 'CodeMirror is there');
    await page.locator('[data-action="run-cypher"]').click();
    await page.locator('#drawer table.results').waitFor();
    assert.ok((await page.locator('#drawer tbody tr').count()) > 0);
    assert.ok((await page.locator('.history-item').count()) > 0, 'the query went into the history');

    await page.getByRole('button', { name: 'Save as query…' }).click();
    await page.getByLabel('Name', { exact: true }).fill('e2e-meetings');
    await page.getByLabel('Title', { exact: true }).fill('Meetings (from the e2e test)');
    await page.getByLabel('API token').fill(apiToken);
    await page.locator('.save-area button.primary').click();
    await page.locator('.notice', { hasText: 'Saved as' }).waitFor();
    const listed = await api.get<{ queries: { name: string }[] }>('/api/queries');
    assert.ok(
      listed.body.queries.some((query) => query.name === 'e2e-meetings'),
      'the server lists it',
    );
    await screenshot(page, 'cypher');
    assertNoErrors(atlasPage);
  });

  it('finds the path between Hegseth and Takaichi, highlighted, each hop with its citation', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('[data-tool="path"]').click();
    for (const [field, name] of [
      ['#path-from', 'Hegseth'],
      ['#path-to', 'Takaichi'],
    ] as const) {
      await page.locator(field).fill(name);
      await page.locator(`${field}-results [role="option"]`, { hasText: name }).click();
    }
    await page.locator('[data-action="find-path"]').click();
    const hops = page.locator('.path-result .hop');
    await hops.first().waitFor();
    assert.ok((await hops.count()) >= 2, 'a path of several hops');
    assert.match(await hops.first().innerText(), /Pete Hegseth/);
    const highlighted = await page.evaluate(() => {
      const path = window.__atlas?.atlas.store.state.path;
      return path ? { nodes: [...path.nodes], edges: path.edges.size } : null;
    });
    assert.ok(highlighted, 'the path is highlighted on the canvas');
    assert.ok(highlighted.nodes.includes('pete-hegseth') && highlighted.nodes.includes('sanae-takaichi'));
    await screenshot(page, 'path');
    assertNoErrors(atlasPage);
  });

  it('exports the view as GEXF with the drawn positions, and the downloaded file parses', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('[data-tool="export"]').click();
    await page.locator('select[name="format"]').selectOption('gexf');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.gexf$/);
    const text = await readFile(await download.path(), 'utf8');
    const { graph } = graphFromGexf(text);
    const { order } = await graphSize(page);
    assert.equal(graph.order, order, 'every node on screen is in the file');
    const key = graph.nodes()[0]!;
    const drawn = await page.evaluate(
      (node) => ({
        x: window.__atlas?.atlas.graph.getNodeAttribute(node, 'x') as number,
        y: window.__atlas?.atlas.graph.getNodeAttribute(node, 'y') as number,
      }),
      key,
    );
    const saved = graph.getNodeAttributes(key);
    assert.ok(Math.abs(Number(saved.x) - drawn.x) < 0.01, 'the layout position went along');
    assert.ok(Math.abs(Number(saved.y) - drawn.y) < 0.01);
    assertNoErrors(atlasPage);
  });

  it('takes a PNG of the view with the legend', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('[data-tool="export"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    assert.equal(download.suggestedFilename(), 'alliance-atlas.png');
    const path = await download.path();
    const png = await readFile(path);
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')], 'a PNG file');
    assert.ok(png.length > 5_000, 'with something drawn in it');
    await download.saveAs(join(artifactsDir, 'export.png'));
    assertNoErrors(atlasPage);
  });

  it('renders a hostile entity name and article title as text: nothing runs, no element is injected', async () => {
    const atlasPage = await start();
    const { page } = atlasPage;
    await page.locator('#search').fill('Zebra Mann');
    await page.locator('#search-results [role="option"]').first().click();
    await page.locator('#panel .node-panel[data-node="hostile-person"]').waitFor();
    assert.equal(await page.locator('#panel h2').innerText(), hostileName);
    assert.match(await page.locator('#panel .evidence .source').first().innerText(), /Zebrafront/);
    await screenshot(page, 'hostile-name');
    await page.locator('#panel .evidence .quote').first().click();
    await page.locator('.reader .text').waitFor();
    assert.equal(await page.locator('.reader h2').innerText(), hostileTitle);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('img[src="x"], script:not([type="module"])').count(), 0, 'no element injected');
    assertNoErrors(atlasPage);
  });
});
