/** Coalescing live updates: what arrives within one animation frame is drawn once, not once per socket message. */

/**
 * perFrame returns `read()`'s latest value, refreshed at most once per animation frame (call it while a component
 * initialises). A poll brings a claims and a figures message together; charts then rebuild once for both.
 */
export function perFrame<T>(read: () => T): { readonly current: T } {
  let current = $state.raw(read());
  $effect(() => {
    const next = read();
    const id = requestAnimationFrame(() => (current = next));
    return () => cancelAnimationFrame(id);
  });
  return {
    get current() {
      return current;
    },
  };
}
