/**
 * A chart as a PNG: the Recharts SVG with its computed styles inlined (so it renders on its own,
 * without the page's CSS variables), drawn at 2x under the chart's title, with its legend.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SCALE = 2;
const PAD = 16;

export interface PngParts {
  svg: SVGSVGElement;
  title: string;
  subtitle?: string | undefined;
  legend: readonly { label: string; color: string; kind: string }[];
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

/** The chart's main SVG inside `root` (the largest Recharts surface). */
export function findChartSvg(root: HTMLElement): SVGSVGElement | null {
  const surfaces = [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of surfaces) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/** A standalone copy of `svg`: every element carries its computed presentation styles. */
function standaloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const targets = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target) return;
    const computed = getComputedStyle(source);
    const declarations = STYLE_PROPERTIES.map((name) => {
      const value = computed.getPropertyValue(name);
      return value ? `${name}:${value}` : '';
    }).filter(Boolean);
    target.setAttribute('style', declarations.join(';'));
    target.removeAttribute('class');
    if (target.getAttribute('tabindex') !== null) target.removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function loadImage(markup: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** Breaks `text` into lines that fit `maxWidth` with the context's current font. */
function wrapLines(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws title, chart and legend on a 2x canvas and returns the PNG. */
export async function renderPng(parts: PngParts): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(parts.svg);
  const image = await loadImage(markup);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
  const innerWidth = Math.max(width, 240);
  const titleFont = `700 16px ${parts.fontFamily}`;
  const bodyFont = `400 13px ${parts.fontFamily}`;

  context.font = titleFont;
  const titleLines = wrapLines(context, parts.title, innerWidth);
  context.font = bodyFont;
  const subtitleLines = parts.subtitle ? wrapLines(context, parts.subtitle, innerWidth) : [];
  const legendRows = layoutLegend(context, parts.legend, innerWidth);

  const headerHeight = titleLines.length * 22 + subtitleLines.length * 18 + 8;
  const legendHeight = legendRows.length ? legendRows.length * 20 + 8 : 0;
  const totalWidth = innerWidth + PAD * 2;
  const totalHeight = PAD + headerHeight + height + legendHeight + PAD;
  canvas.width = Math.ceil(totalWidth * SCALE);
  canvas.height = Math.ceil(totalHeight * SCALE);
  context.scale(SCALE, SCALE);
  context.fillStyle = parts.background;
  context.fillRect(0, 0, totalWidth, totalHeight);
  context.textBaseline = 'top';

  let y = PAD;
  context.font = titleFont;
  context.fillStyle = parts.text;
  for (const line of titleLines) {
    context.fillText(line, PAD, y);
    y += 22;
  }
  context.font = bodyFont;
  context.fillStyle = parts.muted;
  for (const line of subtitleLines) {
    context.fillText(line, PAD, y);
    y += 18;
  }
  y += 8;
  context.drawImage(image, PAD, y, width, height);
  y += height + 8;

  context.font = bodyFont;
  for (const row of legendRows) {
    for (const item of row) {
      drawSwatch(context, item.kind, item.color, PAD + item.x, y + 3);
      context.fillStyle = parts.text;
      context.fillText(item.label, PAD + item.x + 18, y);
    }
    y += 20;
  }

  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    );
  });
}

interface PlacedLegendItem {
  label: string;
  color: string;
  kind: string;
  x: number;
}

function layoutLegend(
  context: CanvasRenderingContext2D,
  items: PngParts['legend'],
  maxWidth: number,
): PlacedLegendItem[][] {
  const rows: PlacedLegendItem[][] = [];
  let row: PlacedLegendItem[] = [];
  let x = 0;
  for (const item of items) {
    const itemWidth = 18 + context.measureText(item.label).width + 16;
    if (row.length && x + itemWidth > maxWidth) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += itemWidth;
  }
  if (row.length) rows.push(row);
  return rows;
}

function drawSwatch(context: CanvasRenderingContext2D, kind: string, color: string, x: number, y: number) {
  context.fillStyle = color;
  context.strokeStyle = color;
  if (kind === 'line' || kind === 'dashed') {
    context.lineWidth = 2.5;
    context.setLineDash(kind === 'dashed' ? [4, 3] : []);
    context.beginPath();
    context.moveTo(x, y + 6);
    context.lineTo(x + 13, y + 6);
    context.stroke();
    context.setLineDash([]);
  } else if (kind === 'triangle') {
    context.beginPath();
    context.moveTo(x + 6.5, y);
    context.lineTo(x + 13, y + 12);
    context.lineTo(x, y + 12);
    context.closePath();
    context.fill();
  } else if (kind === 'hatched') {
    context.save();
    context.beginPath();
    context.rect(x, y, 12, 12);
    context.clip();
    context.lineWidth = 1.5;
    context.beginPath();
    for (let d = -12; d <= 12; d += 4) {
      context.moveTo(x + d, y + 12);
      context.lineTo(x + d + 12, y);
    }
    context.stroke();
    context.restore();
    context.lineWidth = 1;
    context.strokeRect(x + 0.5, y + 0.5, 11, 11);
  } else {
    context.fillRect(x, y, 12, 12);
  }
}
