import type Sigma from 'sigma';

/**
 * Frame timing in the browser, the same for the client's page and for sigma alone (see bare-sigma.ts): the client
 * bench builds this into a script and adds it to each page.
 */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * `requested`: from the call to the frame after it, when the page's own work is done and the picture is asked
 * for. `onScreen`: the drawing runs in the GPU process afterwards, and a slow one shows up as a long wait for a
 * later frame; the end of the last wait over 100 ms among the next 20 frames.
 */
export async function timeFirstRender(render: () => void): Promise<{ requested: number; onScreen: number }> {
  const started = performance.now();
  render();
  await nextFrame();
  const requested = performance.now() - started;
  let onScreen = requested;
  let last = performance.now();
  for (let frame = 0; frame < 20; frame++) {
    await nextFrame();
    const now = performance.now();
    if (now - last > 100) onScreen = now - started;
    last = now;
  }
  return { requested, onScreen };
}

/**
 * Until the page draws frames quickly again (five in a row, each within 100 ms of the last), at most 30 s: a frame
 * still being drawn in software when a measurement starts would hold back the first frames of the next one.
 */
async function settled(): Promise<void> {
  const deadline = performance.now() + 30_000;
  let quick = 0;
  let last = performance.now();
  while (quick < 5 && performance.now() < deadline) {
    await nextFrame();
    const now = performance.now();
    quick = now - last <= 100 ? quick + 1 : 0;
    last = now;
  }
}

/** A one-second animated zoom, once earlier drawing is done: the frames drawn, and the longest gap between two. */
export async function timeCameraZoom(sigma: Sigma): Promise<{ frames: number; longestFrameGapMs: number }> {
  await settled();
  const frames: number[] = [];
  const record = () => frames.push(performance.now());
  sigma.on('afterRender', record);
  await nextFrame();
  await sigma.getCamera().animate({ ratio: 0.3 }, { duration: 1_000 });
  sigma.off('afterRender', record);
  const gaps = frames.slice(1).map((time, index) => time - frames[index]!);
  return { frames: frames.length, longestFrameGapMs: gaps.length ? Math.max(...gaps) : 0 };
}

export type FrameTiming = { timeFirstRender: typeof timeFirstRender; timeCameraZoom: typeof timeCameraZoom };
