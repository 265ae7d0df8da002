/** Drawing a chart off screen at a given size, so exports are laid out for their own width rather than zoomed from the page. */
import { mount, unmount, type ComponentProps } from 'svelte';
import MetricPlot from './MetricPlot.svelte';

/** OffscreenPlot is a chart drawn outside the page's view; `destroy` removes it. */
export interface OffscreenPlot {
  svg: SVGSVGElement;
  destroy: () => void;
}

/** renderPlotOffscreen mounts MetricPlot in a hidden box of `width` × `height` CSS pixels and waits until its marks are drawn. */
export async function renderPlotOffscreen(props: ComponentProps<typeof MetricPlot>, width: number, height: number): Promise<OffscreenPlot> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(host);
  // No intro transitions: the export must show the figures, not bars halfway up.
  const plot = mount(MetricPlot, { target: host, props: { ...props, fill: true }, intro: false });
  const destroy = () => {
    void unmount(plot);
    host.remove();
  };
  // The chart measures its box (ResizeObserver) before it draws: wait a few frames for that.
  for (let frame = 0; frame < 30; frame++) {
    const svg = host.querySelector('svg');
    if (svg && svg.width.baseVal.value > 0 && svg.querySelector('g')) {
      // Marks that grow or fade in are shown at their end state at once.
      for (const animation of host.getAnimations({ subtree: true })) animation.finish();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { svg, destroy };
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  destroy();
  throw new Error(`export: the chart did not draw off screen at ${width}×${height}`);
}
