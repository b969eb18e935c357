/** An edge as drawn: its ends in viewport pixels and its drawn width. */
export type DrawnEdge = { key: string; x1: number; y1: number; x2: number; y2: number; width: number };

/** How far beside its drawn line, in pixels, a click still takes an edge: thin edges are hard to hit exactly. */
export const edgeClickTolerance = 4;

/**
 * The edge whose drawn line passes nearest a point, if one passes within its half width plus the tolerance; null
 * when none does. The client finds clicked edges this way rather than with sigma's edge events, which draw every
 * edge a second time into a picking layer at each frame: a quarter of a 50,000-edge frame drawn in software.
 */
export function edgeNear(point: { x: number; y: number }, edges: Iterable<DrawnEdge>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const edge of edges) {
    const dx = edge.x2 - edge.x1;
    const dy = edge.y2 - edge.y1;
    const length = dx * dx + dy * dy;
    const along =
      length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - edge.x1) * dx + (point.y - edge.y1) * dy) / length));
    const distance = Math.hypot(point.x - edge.x1 - along * dx, point.y - edge.y1 - along * dy);
    if (distance <= edge.width / 2 + edgeClickTolerance && distance < bestDistance) {
      best = edge.key;
      bestDistance = distance;
    }
  }
  return best;
}
