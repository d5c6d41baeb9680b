/**
 * The index of the last of `items`, sorted by `key`, whose key is at most `x`; 0 when none is (or
 * `items` is empty), so callers check the item they get. Found by halving.
 * @example lastAtOrBefore([{ at: 0 }, { at: 5 }, { at: 9 }], (p) => p.at, 7) // 1
 */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid] as T) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
