import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { entityKinds } from '../core/api-types';
import { colourOfKind, contestedColour } from '../core/appearance';
import type { ViewEdge, ViewNode } from '../core/graph-store';

/** The legend painted onto the exported picture, so the PNG can be read on its own. */
function drawLegend(context: CanvasRenderingContext2D, pixelRatio: number): void {
  const entries: [string, string][] = [
    ...entityKinds.map((kind): [string, string] => [kind, colourOfKind(kind)]),
    ['contested claim', contestedColour],
  ];
  const line = 20 * pixelRatio;
  const padding = 10 * pixelRatio;
  context.save();
  context.font = `${13 * pixelRatio}px system-ui, sans-serif`;
  const width = Math.max(...entries.map(([label]) => context.measureText(label).width)) + 34 * pixelRatio;
  const height = entries.length * line + padding * 2 + line;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.strokeStyle = '#d9dde4';
  context.fillRect(padding, padding, width, height);
  context.strokeRect(padding, padding, width, height);
  context.fillStyle = '#1f2430';
  context.fillText('Alliance Atlas', padding * 2, padding + line * 0.9);
  entries.forEach(([label, colour], index) => {
    const y = padding + line * (index + 1.5);
    context.fillStyle = colour;
    context.beginPath();
    context.arc(padding * 2 + 6 * pixelRatio, y, 6 * pixelRatio, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#1f2430';
    context.fillText(label, padding * 2 + 18 * pixelRatio, y + 4 * pixelRatio);
  });
  context.restore();
}

/** The current view as a PNG, drawn by sigma's image export, with the legend in the top-left corner. */
export async function viewAsPng(sigma: Sigma<ViewNode, ViewEdge>): Promise<Blob> {
  // The image export is typed for sigma's default attribute types; it reads nothing of ours beyond those.
  const canvas = await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: '#ffffff' });
  const context = canvas.getContext('2d');
  if (context) drawLegend(context, canvas.width / sigma.getContainer().offsetWidth || 1);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
