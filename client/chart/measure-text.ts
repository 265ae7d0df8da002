/** Text measuring for labels that must fit their room; uses the page's own font, whatever the device has. */

let context: CanvasRenderingContext2D | null | undefined;

/** textWidth returns the rendered width of `text` in pixels at `size` and `weight` in the page font. */
export function textWidth(text: string, size: number, weight = 600): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  // Without a canvas, assume wide digits so labels err on the side of hiding.
  if (!context) return text.length * size * 0.65;
  context.font = `${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}
