/** Rough text widths for laying out SVG labels before they are drawn (system sans-serif). */
const AVERAGE_CHAR_WIDTH = 0.56;

let context: CanvasRenderingContext2D | null | undefined;
let fontFamily = 'sans-serif';

/** The real width in the page's font (browser), or null (no DOM: tests, build). */
function measured(text: string, fontSize: number, weight: number): number | null {
  if (typeof document === 'undefined') return null;
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    fontFamily = getComputedStyle(document.documentElement).fontFamily || fontFamily;
  }
  if (!context) return null;
  context.font = `${weight} ${fontSize}px ${fontFamily}`;
  return Math.ceil(context.measureText(text).width);
}

export function textWidth(text: string, fontSize: number, weight = 400): number {
  const estimate = Math.ceil(text.length * fontSize * AVERAGE_CHAR_WIDTH * (weight >= 600 ? 1.08 : 1));
  return measured(text, fontSize, weight) ?? estimate;
}

/** Cuts a label to `maxWidth` pixels with an ellipsis; the full text goes in the tooltip and table. */
export function fitText(text: string, maxWidth: number, fontSize: number, weight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let chars = Math.min(
    text.length - 1,
    Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_CHAR_WIDTH)) - 1),
  );
  while (chars > 1 && textWidth(`${text.slice(0, chars).trimEnd()}…`, fontSize, weight) > maxWidth)
    chars -= 1;
  return `${text.slice(0, chars).trimEnd()}…`;
}

/** The width a category axis needs for its longest label, within [min, share of the chart]. */
export function categoryAxisWidth(
  labels: readonly string[],
  chartWidth: number,
  fontSize: number,
  { min = 48, share = 0.38, weight = 400 }: { min?: number; share?: number; weight?: number } = {},
): number {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize, weight)));
  return Math.round(Math.max(min, Math.min(widest + 10, chartWidth * share)));
}

/** Splits a label into at most `maxLines` lines of about `maxWidth` pixels (word boundaries). */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, maxWidth, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(
    `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`,
    maxWidth,
    fontSize,
  );
  return kept.map((l) => fitText(l, maxWidth, fontSize));
}
