import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

/**
 * Runs in the browser: sigma 3 alone, without any of the client's code, on the same generated graph, laid out at
 * random. The client bench times it the same way as the client, so that the cost of the renderer (here Chromium's
 * software WebGL) can be told apart from the cost of the client.
 */
async function bareRun(data: Parameters<MultiDirectedGraph['import']>[0]) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let seed = 7;
  const random = () => (seed = (seed * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const graph = new MultiDirectedGraph();
  graph.import(data);
  // Edges carry the relation in `type`, which sigma reads as the name of a drawing program.
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'type', 'arrow'));
  graph.forEachNode((node) =>
    graph.mergeNodeAttributes(node, { x: random() * 1_000, y: random() * 1_000, size: 3, label: node }),
  );
  const container = document.createElement('div');
  container.style.cssText = 'position:fixed;inset:0';
  document.body.append(container);
  const started = performance.now();
  const sigma = new Sigma(graph, container, { defaultEdgeType: 'arrow', hideEdgesOnMove: true });
  await frame();
  const requested = performance.now() - started;
  let onScreen = requested;
  let last = performance.now();
  for (let step = 0; step < 20; step++) {
    await frame();
    const now = performance.now();
    if (now - last > 100) onScreen = now - started;
    last = now;
  }
  const frames: number[] = [];
  sigma.on('afterRender', () => frames.push(performance.now()));
  await sigma.getCamera().animate({ ratio: 0.3 }, { duration: 1_000 });
  const gaps = frames.slice(1).map((time, index) => time - frames[index]!);
  sigma.kill();
  return { requested, onScreen, cameraFrames: frames.length, longestFrameGapMs: gaps.length ? Math.max(...gaps) : 0 };
}

(window as unknown as { bareRun: typeof bareRun }).bareRun = bareRun;
