import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { timeCameraZoom, timeFirstRender, type FrameTiming } from './frame-timing.js';

/**
 * Runs in the browser, built into one script with frame-timing.ts by the client bench. `bareRun` draws a graph with
 * sigma 3 alone, without any of the client's code, laid out at random, and times it as the client is timed, so that
 * the cost of the renderer (here Chromium's software WebGL) can be told apart from the cost of the client.
 */
export async function bareRun(data: Parameters<MultiDirectedGraph['import']>[0]) {
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
  let sigma: Sigma | undefined;
  const first = await timeFirstRender(() => {
    sigma = new Sigma(graph, container, { defaultEdgeType: 'arrow', hideEdgesOnMove: true });
  });
  const camera = await timeCameraZoom(sigma!);
  sigma!.kill();
  return { ...first, camera };
}

const page = window as unknown as { bareRun: typeof bareRun; frameTiming: FrameTiming };
page.bareRun = bareRun;
page.frameTiming = { timeFirstRender, timeCameraZoom };
