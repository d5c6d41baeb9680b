// What two figures come to together (a percentage change, a difference, a share of a whole), with
// the interval their rounding allows. A printed figure stands for every value it rounds from
// (6,150 t printed to the ten is 6,145-6,155 t), so what is computed from two of them is an
// interval too: the claims checker judges a stated figure against it, and the same arithmetic
// serves a source's figures taken value by value.

import type { Figure } from "./figure-book.js";

/** A closed interval of values, low end first. */
export type Interval = [number, number];

/** Every value the figure may stand for: its value, give or take half its rounding step. */
export const valueRange = (f: Figure): Interval => [f.value - f.halfStep, f.value + f.halfStep];

/**
 * The change in percent from `from` to `to`.
 * @example percentChange(5473, 6150) // 12.37...
 */
export const percentChange = (from: number, to: number): number => (to / from - 1) * 100;

/** `part` in percent of `whole`. */
export const percentOf = (part: number, whole: number): number => (part / whole) * 100;

/**
 * Every percentage change from a value in `from` to a value in `to`; unbounded at an end where the
 * base may be nothing.
 * @example changeRange([5465, 5475], [6145, 6155]) // [12.24..., 12.62...]
 */
export function changeRange(from: Interval, to: Interval): Interval {
  const lo = from[1] > 0 ? percentChange(from[1], to[0]) : -Infinity;
  const hi = from[0] > 0 ? percentChange(from[0], to[1]) : Infinity;
  return [lo, hi];
}

/** Every difference `to - from` of a value in `to` and a value in `from`. */
export const differenceRange = (from: Interval, to: Interval): Interval => [to[0] - from[1], to[1] - from[0]];

/** Every share in percent of a value in `part` of a value in `whole` (a whole near nothing bounds the top). */
export const shareRange = (part: Interval, whole: Interval): Interval => [
  percentOf(part[0], whole[1]),
  percentOf(part[1], Math.max(whole[0], 1e-9)),
];

/**
 * A part's share of a total in percent, with the interval both figures' rounding allows.
 * @example shareBetween(figure of 582 t, figure of 6,150 t).share // 9.46...
 */
export function shareBetween(part: Figure, total: Figure): { share: number; range: Interval } {
  return {
    share: percentOf(part.value, total.value),
    range: shareRange(valueRange(part), valueRange(total)),
  };
}

/**
 * A span's total spread evenly over its months: the monthly average, with the interval the total's
 * rounding allows.
 * @example monthlyAverage(figure of 17,397 t for September-November, 3).value // 5799
 */
export function monthlyAverage(total: Figure, months: number): { value: number; range: Interval } {
  const [low, high] = valueRange(total);
  return { value: total.value / months, range: [low / months, high / months] };
}

/** The percentage change from one figure to another, with the interval their rounding allows. */
export function changeBetween(from: Figure, to: Figure): { pct: number; range: Interval } {
  return { pct: percentChange(from.value, to.value), range: changeRange(valueRange(from), valueRange(to)) };
}
