import type { Atlas } from './core/atlas';
import type { Canvas } from './views/canvas';

/**
 * `window.__atlas`: what the end-to-end tests and the rendering benchmark read (the graph on screen, the
 * renderer, whether the layout is still moving). The tests only read it and drive the page through its controls;
 * bench/client.ts hands its generated graph to `atlas.showGraph`, the path of the first screen after its fetch.
 */
export type AtlasTestHook = {
  atlas: Atlas;
  canvas: Canvas;
  /** How many frames sigma has drawn, so a test can wait for the next one. */
  renders: number;
  layoutRunning(): boolean;
};

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function installTestHook(atlas: Atlas, canvas: Canvas): void {
  const hook: AtlasTestHook = {
    atlas,
    canvas,
    renders: 0,
    layoutRunning: () => atlas.layout.running,
  };
  canvas.sigma.on('afterRender', () => {
    hook.renders++;
  });
  window.__atlas = hook;
}
