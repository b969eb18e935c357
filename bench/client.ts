import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { SerializedGraph } from '../server/src/graph/serialization.js';
import { clientDistDir, projectRoot } from '../server/src/paths.js';
import { build } from 'vite';
import { launchBrowser } from '../test/e2e/browser.js';
import type { bareRun } from './support/bare-sigma.js';
import type { FrameTiming } from './support/frame-timing.js';

/**
 * Rendering figures of the client in headless Chromium: the first render of a generated graph (default 20,000
 * nodes and 50,000 edges) once its data is in the page, the hover highlight's latency, and the frame rate of a
 * camera move. The graph goes through `atlas.showGraph`, the same path the first screen takes after its fetch.
 * Chromium here draws WebGL in software (SwiftShader): a machine with a GPU does better. Two first-render figures:
 * `firstRenderMs` until the first frame is requested (the page's own work: graph, reducers, buffers) and
 * `firstRenderOnScreenMs` until the drawing is done. Measured with SwiftShader on two cores, a sigma frame of this
 * graph takes about 0.6 s of drawing without edges and 2–3 s with them, whatever the edge program (arrow or line),
 * and about a third more when sigma's edge events draw the edges again into a picking layer (the client finds
 * clicked edges itself for that reason): the drawing, not the page, is what a camera move or a hover waits for there.
 */
const kinds = ['Person', 'Country', 'Agreement', 'Base', 'Organization'];
const types = ['REPRESENTS', 'MET', 'SIGNED', 'PARTY_TO', 'LOCATED_IN', 'OPERATES', 'STATIONS_TROOPS_IN'];

/** A seeded generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Preferential attachment (new edges favour nodes that already have many), so the graph has hubs like the real
 * one, each edge with one claim of evidence.
 */
export function generateGraph(order: number, size: number): SerializedGraph {
  const next = random(42);
  const nodes = Array.from({ length: order }, (_, index) => ({
    key: `n${index}`,
    attributes: { kind: kinds[index % kinds.length]!, name: `Entity ${index}`, aliases: [] },
  }));
  const ends: number[] = [];
  const keys = new Set<string>();
  const edges: SerializedGraph['edges'] = [];
  while (edges.length < size) {
    const source = Math.floor(next() * order);
    const target = ends.length && next() < 0.7 ? ends[Math.floor(next() * ends.length)]! : Math.floor(next() * order);
    if (source === target) continue;
    const type = types[Math.floor(next() * types.length)]!;
    const key = `${type}:n${source}->n${target}`;
    if (keys.has(key)) continue;
    keys.add(key);
    ends.push(source, target);
    const day = `2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`;
    edges.push({
      key,
      source: `n${source}`,
      target: `n${target}`,
      attributes: {
        type,
        evidence: [
          {
            article: `a${edges.length % 5_000}`,
            title: 'Generated article',
            source: `Outlet ${edges.length % 40}`,
            publishedAt: day,
            sentence: 0,
            start: 0,
            end: 40,
            quote: 'A generated sentence stating the relation.',
          },
        ],
        articles: 1,
        outlets: 1,
        firstReported: day,
        lastReported: day,
        contested: false,
      },
    });
  }
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** The built client on a loopback port; the API answers an empty overview so the page starts quietly. */
async function serveClient(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ graph: generateGraph(0, 0), total: 0, truncated: false }));
      return;
    }
    const file = normalize(join(clientDistDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(clientDistDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('bench server has no address');
  return { server, baseUrl: `http://127.0.0.1:${address.port}` };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** What bench/support/bare-sigma.ts puts on a page. */
type TimedPage = { bareRun: typeof bareRun; frameTiming: FrameTiming };

/** bench/support/bare-sigma.ts as one browser script (frame timing, sigma and graphology inside), built with Vite. */
async function browserScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      lib: { entry: join(projectRoot, 'bench', 'support', 'bare-sigma.ts'), formats: ['iife'], name: 'bareSigma' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const script = chunks.find((chunk) => chunk.type === 'chunk');
  if (!script || script.type !== 'chunk') throw new Error('the bare sigma page did not build');
  return script.code;
}

export async function benchClient(order = 20_000, size = 50_000) {
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  const graph = generateGraph(order, size);
  const { server, baseUrl } = await serveClient();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl);
    // The page's own start (an empty overview from the stub API) must be over before the graph is handed in.
    await page.waitForFunction(() => /empty/.test(document.getElementById('stage-message')?.textContent ?? ''));
    // The graph is handed over first, so that only the client's own work is timed.
    await page.evaluate((data) => {
      (window as unknown as { benchGraph: unknown }).benchGraph = data;
    }, graph);

    const timingScript = await browserScript();
    await page.addScriptTag({ content: timingScript });
    const first = await page.evaluate(() => {
      const hook = window.__atlas!;
      const data = (window as unknown as { benchGraph: unknown }).benchGraph;
      return (window as unknown as TimedPage).frameTiming.timeFirstRender(() => hook.atlas.showGraph(data));
    });

    // Hover: sigma's enterNode event on the biggest hubs (the most neighbours to highlight) and on ordinary
    // nodes, as sigma emits it when the mouse reaches a node. `work` is the synchronous highlight (reducers and
    // the render call); `frame` runs to the next animation frame, so it includes drawing the pixels.
    const hover = await page.evaluate(async () => {
      const hook = window.__atlas!;
      const sigma = hook.canvas.sigma;
      const graph = hook.atlas.graph;
      const nodes = graph.nodes();
      const hubs = [...nodes].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
      const targets = [...hubs, ...nodes.filter((_, index) => index % 4_000 === 7)];
      const samples: { work: number; frame: number }[] = [];
      for (const node of targets) {
        const started = performance.now();
        sigma.emit('enterNode', { node });
        const work = performance.now() - started;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        samples.push({ work, frame: performance.now() - started });
        sigma.emit('leaveNode', { node });
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return samples;
    });

    const camera = await page.evaluate(() =>
      (window as unknown as TimedPage).frameTiming.timeCameraZoom(window.__atlas!.canvas.sigma as never),
    );

    // The same graph drawn by sigma alone, in a blank page: what the renderer costs without the client.
    const bare = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bare.addScriptTag({ content: timingScript });
    const baseline = await bare.evaluate((data) => (window as unknown as TimedPage).bareRun(data as never), graph);

    return {
      name: 'client',
      graph: { nodes: order, edges: size },
      renderer: 'headless Chromium, software WebGL (SwiftShader)',
      firstRenderMs: round(first.requested),
      firstRenderOnScreenMs: round(first.onScreen),
      hoverHighlightMs: {
        workMedian: round(median(hover.map((sample) => sample.work))),
        workMax: round(Math.max(0, ...hover.map((sample) => sample.work))),
        toNextFrameMedian: round(median(hover.map((sample) => sample.frame))),
        samples: hover.length,
      },
      cameraMove: { durationMs: 1_000, frames: camera.frames, longestFrameGapMs: round(camera.longestFrameGapMs) },
      sigmaAloneBaseline: {
        firstRenderMs: round(baseline.requested),
        firstRenderOnScreenMs: round(baseline.onScreen),
        cameraMove: {
          durationMs: 1_000,
          frames: baseline.camera.frames,
          longestFrameGapMs: round(baseline.camera.longestFrameGapMs),
        },
      },
      budgets: { firstRenderMs: 2_000, hoverHighlightMs: 50 },
    };
  } finally {
    await browser.close();
    server.close();
  }
}
