/** Chart export: the drawn <svg> wrapped with its title, notes, legend and source line, as SVG or PNG. */

/** ChartExport is the text that travels with an exported chart. */
export interface ChartExport {
  title: string;
  subtitle: string;
  notes: string[];
  legend: { name: string; color: string }[];
  source: string;
  /** File name without extension. */
  filename: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-family', 'opacity', 'shape-rendering'];
const PAD = 20;

/** exportSvg downloads the chart as a standalone SVG file. */
export function exportSvg(svg: SVGSVGElement, meta: ChartExport): void {
  const { markup } = composeSvg(svg, meta);
  download(new Blob([markup], { type: 'image/svg+xml' }), `${meta.filename}.svg`);
}

/** exportPng downloads the chart as a PNG at twice its on-screen size. */
export async function exportPng(svg: SVGSVGElement, meta: ChartExport): Promise<void> {
  const { markup, width, height } = composeSvg(svg, meta);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('export: no 2d canvas context');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`export: could not encode ${meta.filename}.png`);
    download(blob, `${meta.filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function composeSvg(svg: SVGSVGElement, meta: ChartExport): { markup: string; width: number; height: number } {
  const page = getComputedStyle(document.documentElement);
  const color = (name: string) => page.getPropertyValue(name).trim();
  const font = page.fontFamily;
  const chartWidth = svg.width.baseVal.value;
  const chartHeight = svg.height.baseVal.value;
  const width = chartWidth + PAD * 2;

  const root = document.createElementNS(SVG_NS, 'svg');
  const parts: Element[] = [];
  let y = PAD;
  const maxWidth = chartWidth;
  const text = (content: string, size: number, fill: string, weight = 400) => {
    for (const line of wrap(content, Math.max(12, Math.floor(maxWidth / (size * 0.56))))) {
      y += size + 6;
      const node = document.createElementNS(SVG_NS, 'text');
      Object.entries({ x: PAD, y, fill, 'font-size': size, 'font-weight': weight, 'font-family': font }).forEach(([k, v]) => node.setAttribute(k, String(v)));
      node.textContent = line;
      parts.push(node);
    }
  };

  text(meta.title, 18, color('--text'), 700);
  text(meta.subtitle, 13, color('--muted'));
  for (const note of meta.notes) text(note, 13, color('--muted'));
  y += 4;
  let legendX = PAD;
  let legendY = y + 14;
  for (const entry of meta.legend) {
    const itemWidth = 17 + entry.name.length * 7.5;
    if (legendX > PAD && legendX + itemWidth > PAD + maxWidth) {
      legendX = PAD;
      legendY += 20;
    }
    const swatch = document.createElementNS(SVG_NS, 'rect');
    Object.entries({ x: legendX, y: legendY - 10, width: 11, height: 11, rx: 3, fill: entry.color }).forEach(([k, v]) => swatch.setAttribute(k, String(v)));
    parts.push(swatch);
    const label = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: legendX + 17, y: legendY, fill: color('--muted'), 'font-size': 13, 'font-family': font }).forEach(([k, v]) => label.setAttribute(k, String(v)));
    label.textContent = entry.name;
    parts.push(label);
    legendX += itemWidth + 14;
  }
  y = legendY + 12;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  parts.push(chart);
  y += chartHeight;
  text(meta.source, 12, color('--faint'));
  const height = y + PAD;

  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ width, height, fill: color('--panel') }).forEach(([k, v]) => background.setAttribute(k, String(v)));
  root.append(background, ...parts);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** inlineStyles copies the computed look onto the clone, since page CSS does not travel with the file. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
  clone.setAttribute('style', style);
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
