/** A colour as GEXF's viz:color and GraphML's r/g/b keys want it: 0–255 channels, alpha 0–1. */
export type Rgba = { r: number; g: number; b: number; a?: number };

const hexColor = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const rgbColor = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(0|1|0?\.\d+|1\.0+)\s*)?\)$/i;

/**
 * The colours sigma and the client use: `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)`, `rgba(r, g, b, a)`.
 * Anything else (names, hsl) is `undefined`, so that a request can be refused with a message rather than guessed.
 */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim();
  const hex = hexColor.exec(text)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (index: number) => parseInt(digits.slice(index * 2, index * 2 + 2), 16);
    const color: Rgba = { r: channel(0), g: channel(1), b: channel(2) };
    if (digits.length === 8) color.a = Math.round((channel(3) / 255) * 1000) / 1000;
    return color;
  }
  const rgb = rgbColor.exec(text);
  if (!rgb) return undefined;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
  if (r > 255 || g > 255 || b > 255) return undefined;
  const color: Rgba = { r, g, b };
  if (rgb[4] !== undefined) color.a = Number(rgb[4]);
  return color;
}

/** The colour back as CSS: `#rrggbb` when opaque, `rgba(…)` otherwise. */
export function cssColor({ r, g, b, a }: Rgba): string {
  if (a !== undefined && a < 1) return `rgba(${r},${g},${b},${a})`;
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
