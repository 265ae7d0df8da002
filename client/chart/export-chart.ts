/** Chart export: the drawn <svg> wrapped with its title, notes, legend, "as of" and source line, as SVG or PNG, light, dark or transparent. */
import { applyTheme, type Scheme } from '../lib/theme.ts';

/** ChartExport is the text that travels with an exported chart. */
export interface ChartExport {
  title: string;
  subtitle: string;
  notes: string[];
  legend: { name: string; color: string }[];
  /** "As of 14:05, 25 May 2025". */
  asOf: string;
  source: string;
  /** File name without extension. */
  filename: string;
}

/** ExportLook is the background of an export: the page's own theme, a forced one, or none. */
export type ExportLook = 'page' | Scheme | 'transparent';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'font-size', 'font-weight', 'font-family', 'opacity', 'shape-rendering'];
const PAD = 20;
/** PNG_MIN_WIDTH is the narrowest a PNG export gets, in CSS pixels, before the 2x pixel ratio. */
export const PNG_MIN_WIDTH = 1200;

/** exportSvg downloads the chart as a standalone SVG file. */
export function exportSvg(svg: SVGSVGElement, meta: ChartExport, look: ExportLook = 'page'): void {
  const { markup } = composeSvg(svg, meta, look);
  download(new Blob([markup], { type: 'image/svg+xml' }), `${meta.filename}.svg`);
}

/** exportPng downloads the chart as a PNG at a 2x pixel ratio and at least PNG_MIN_WIDTH CSS pixels wide. */
export async function exportPng(svg: SVGSVGElement, meta: ChartExport, look: ExportLook = 'page'): Promise<void> {
  const { markup, width, height } = composeSvg(svg, meta, look);
  const scale = 2 * Math.max(1, PNG_MIN_WIDTH / width);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('export: no 2d canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`export: could not encode ${meta.filename}.png`);
    const suffix = look === 'dark' || look === 'transparent' ? `-${look}` : '';
    download(blob, `${meta.filename}${suffix}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** composeSvg builds the standalone chart; a forced theme is applied to the page just while styles are read. */
function composeSvg(svg: SVGSVGElement, meta: ChartExport, look: ExportLook): { markup: string; width: number; height: number } {
  const restore = applyTheme(look === 'light' || look === 'dark' ? look : null);
  try {
    return compose(svg, meta, look === 'transparent');
  } finally {
    restore();
  }
}

function compose(svg: SVGSVGElement, meta: ChartExport, transparent: boolean): { markup: string; width: number; height: number } {
  const page = getComputedStyle(document.documentElement);
  const color = (name: string) => page.getPropertyValue(name).trim();
  const font = page.fontFamily;
  const chartWidth = svg.width.baseVal.value;
  const chartHeight = svg.height.baseVal.value;
  const width = chartWidth + PAD * 2;
  const parts: Element[] = [];
  const node = (tag: string, attrs: Record<string, string | number>, content?: string) => {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (content !== undefined) el.textContent = content;
    parts.push(el);
  };
  let y = PAD;
  const text = (content: string, size: number, fill: string, weight = 400) => {
    for (const line of wrap(content, Math.max(12, Math.floor(chartWidth / (size * 0.56))))) {
      y += size + 6;
      node('text', { x: PAD, y, fill, 'font-size': size, 'font-weight': weight, 'font-family': font }, line);
    }
  };

  text(meta.title, 24, color('--text'), 700);
  text(meta.subtitle, 15, color('--muted'));
  for (const note of meta.notes) text(note, 14, color('--muted'));
  y += 4;
  let legendX = PAD;
  let legendY = y + 14;
  for (const entry of meta.legend) {
    const itemWidth = 19 + entry.name.length * 8.2;
    if (legendX > PAD && legendX + itemWidth > PAD + chartWidth) {
      legendX = PAD;
      legendY += 20;
    }
    node('rect', { x: legendX, y: legendY - 11, width: 12, height: 12, rx: 3, fill: entry.color });
    node('text', { x: legendX + 19, y: legendY, fill: color('--muted'), 'font-size': 14, 'font-family': font }, entry.name);
    legendX += itemWidth + 14;
  }
  y = legendY + 12;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  parts.push(chart);
  y += chartHeight;
  text(meta.asOf, 13, color('--muted'));
  text(meta.source, 13, color('--faint'));
  const height = y + PAD;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!transparent) {
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', String(width));
    background.setAttribute('height', String(height));
    background.setAttribute('fill', color('--panel'));
    root.append(background);
  }
  root.append(...parts);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** inlineStyles copies the computed look onto the clone, since page CSS does not travel with the file. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  clone.setAttribute('style', STYLED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
  for (const name of ['tabindex', 'role', 'aria-label', 'aria-describedby']) clone.removeAttribute(name);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], clone.children[i]);
}

/** wrap breaks text into lines of at most `columns` characters, at spaces. */
function wrap(content: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(' ')) {
    if (line && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
