import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../server/src/paths.js';

/**
 * What the tests read of the page's `window.__atlas` (client/src/test-hook.ts); declared here rather than imported
 * because the client is compiled for the browser, not for these Node tests.
 */
type TestGraph = {
  order: number;
  size: number;
  hasNode(key: string): boolean;
  nodes(): string[];
  degree(key: string): number;
  getNodeAttribute(key: string, name: string): unknown;
  getEdgeAttribute(key: string, name: 'evidence'): unknown[];
  neighbors(key: string): string[];
  filterNodes(keep: (key: string) => boolean): string[];
  filterEdges(keep: (key: string, attributes: object, source: string, target: string) => boolean): string[];
  findEdge(match: (key: string, attributes: { type: string; contested: boolean }) => boolean): string | undefined;
  extremities(key: string): [string, string];
};
type TestSigma = {
  getNodeDisplayData(node: string): { x: number; y: number; color: string; hidden: boolean } | undefined;
  getEdgeDisplayData(edge: string): { hidden: boolean } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getContainer(): HTMLElement;
  getDimensions(): { width: number; height: number };
  getCamera(): {
    animate(state: { ratio: number }, options: { duration: number }): Promise<void>;
    setState(state: { x: number; y: number; ratio: number }): void;
  };
  on(event: string, listener: () => void): void;
  emit(event: string, payload: object): void;
};
declare global {
  interface Window {
    __atlas?: {
      atlas: {
        graph: TestGraph;
        store: {
          state: {
            selectedNode: string | null;
            selectedEdge: string | null;
            hoveredNode: string | null;
            path: { nodes: Set<string>; edges: Set<string> } | null;
          };
        };
        showGraph(graph: unknown): void;
      };
      canvas: { sigma: TestSigma; visibility(): { hiddenNodes: Set<string> } };
      renders: number;
      layoutRunning(): boolean;
    };
  }
}

/** Debian's Chromium (installed by .ci/run when absent); the tests never download a browser of their own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = join(projectRoot, 'test', 'e2e', 'artifacts');
const clientDir = join(projectRoot, 'client');
const distIndex = join(clientDir, 'dist', 'index.html');

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `npm test` builds the client first (pretest); a direct mocha run of this folder builds it here when client/dist
 * is missing or older than the sources, so the tests never drive a stale client.
 */
export function ensureClientBuilt(): void {
  const sources = Math.max(newestSourceChange(join(clientDir, 'src')), statSync(join(clientDir, 'index.html')).mtimeMs);
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sources) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}; install Debian's chromium package.`);
  return chromium.launch({
    executablePath: chromiumPath,
    // Containers lack the sandbox's namespaces; SwiftShader gives WebGL (sigma) without a GPU.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

export type AtlasPage = {
  page: Page;
  /** Uncaught exceptions and console errors the page produced; a test checks it stays empty. */
  errors: string[];
  close(): Promise<void>;
};

/** A fresh page at laptop size (1280 × 800, the narrowest the client is made for) that records its errors. */
export async function openPage(browser: Browser, baseUrl: string, path = '/'): Promise<AtlasPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${baseUrl}${path}`);
  return { page, errors, close: () => context.close() };
}

/** Waits until the graph holds nodes and the first layout run has settled. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => (window.__atlas?.atlas.graph.order ?? 0) > 0, null, { timeout });
  await page.waitForFunction(() => window.__atlas?.layoutRunning() === false, null, { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export function graphSize(page: Page): Promise<{ order: number; size: number }> {
  return page.evaluate(() => ({
    order: window.__atlas?.atlas.graph.order ?? 0,
    size: window.__atlas?.atlas.graph.size ?? 0,
  }));
}
