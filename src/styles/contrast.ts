/**
 * WCAG 2.x contrast between two colors, for the palette test and the embed-code builder's
 * warnings. Accepts `#rgb`, `#rrggbb` and the `rgb()`/`rgba()` strings browsers compute.
 */
export type Rgb = readonly [number, number, number];

export function parseColor(color: string): Rgb | null {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
  }
  const channels = /^rgba?\(([^)]+)\)$/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).slice(0, 3).map(Number);
  return channels && channels.length === 3 && channels.every((channel) => channel >= 0 && channel <= 255)
    ? (channels as unknown as Rgb)
    : null;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The ratio, 1 to 21; NaN when a color cannot be read. */
export function contrastRatio(foreground: string, background: string): number {
  const a = parseColor(foreground);
  const b = parseColor(background);
  if (!a || !b) return Number.NaN;
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
