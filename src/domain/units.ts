// Units as printed by sources, and their normal form. Normalising is an exact decimal shift,
// so the original figure can always be recovered from the stored one.
import { shiftDecimal } from "./decimal.js";

interface UnitRule {
  /** The unit stored after normalising. */
  unit: string;
  /** Power of ten the printed value is multiplied by. */
  shift: number;
}

const UNITS: Record<string, UnitRule> = {
  t: { unit: "t", shift: 0 },
  tonnes: { unit: "t", shift: 0 },
  kg: { unit: "t", shift: -3 },
  "thousand t": { unit: "t", shift: 3 },
  USD: { unit: "USD", shift: 0 },
  "USD th": { unit: "USD", shift: 3 },
  "USD mn": { unit: "USD", shift: 6 },
  "USD bn": { unit: "USD", shift: 9 },
  CNY: { unit: "CNY", shift: 0 },
  "CNY mn": { unit: "CNY", shift: 6 },
  "CNY bn": { unit: "CNY", shift: 9 },
  "USD/t": { unit: "USD/t", shift: 0 },
  "USD/kg": { unit: "USD/t", shift: 3 },
  "CNY/t": { unit: "CNY/t", shift: 0 },
  "CNY/kg": { unit: "CNY/t", shift: 3 },
  "%": { unit: "%", shift: 0 },
  pct: { unit: "%", shift: 0 },
};

/** Units a file may use. */
export const KNOWN_UNITS: readonly string[] = Object.keys(UNITS);

/** The normal form of a value in a printed unit, or null for an unknown unit. */
export function normaliseUnit(value: string | null, unit: string): { value: string | null; unit: string } | null {
  const rule = UNITS[unit];
  if (!rule) return null;
  return { value: value === null ? null : shiftDecimal(value, rule.shift), unit: rule.unit };
}

/** A stored quantity in tonnes (the store keeps `t` and, for some sources, `kg`), or null for other units. */
export function toTonnes(value: string | number, unit: string): number | null {
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  if (unit === "t") return n;
  if (unit === "kg") return n / 1000;
  return null;
}
