/** A computation run at most once, when first asked for (a page's period sources, read only if a grid needs them). */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
