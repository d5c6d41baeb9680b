// A small seeded generator (an LCG), so every drill that draws at random draws the same each run.

/** Numbers in [0, 1) from `seed`, the same sequence every time. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
