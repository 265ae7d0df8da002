/** Transitions for chart marks. */
import { cubicOut } from 'svelte/easing';
import type { TransitionConfig } from 'svelte/transition';

/** grow raises a mark from the baseline, for figures that just arrived. */
export function grow(_node: Element, { duration = 550, delay = 0 } = {}): TransitionConfig {
  return {
    duration,
    delay,
    easing: cubicOut,
    css: (t) => `transform: scaleY(${t}); transform-origin: 50% 100%; transform-box: fill-box; opacity: ${Math.min(1, t * 2)};`,
  };
}
