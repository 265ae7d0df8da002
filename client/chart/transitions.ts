/** Transitions for chart marks. */
import { cubicOut } from 'svelte/easing';
import { prefersReducedMotion } from 'svelte/motion';
import type { TransitionConfig } from 'svelte/transition';

/** grow raises a mark from the baseline, for figures that just arrived. */
export function grow(_node: Element, { duration = 550, delay = 0 } = {}): TransitionConfig {
  return {
    // Web Animations ignore the page's reduced-motion rule: a reader who asked for less motion gets the bar at once.
    duration: prefersReducedMotion.current ? 0 : duration,
    delay,
    easing: cubicOut,
    css: (t) => `transform: scaleY(${t}); transform-origin: 50% 100%; transform-box: fill-box; opacity: ${Math.min(1, t * 2)};`,
  };
}
