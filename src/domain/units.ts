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
export function normaliseUnit(
  value: string | null,
  unit: string,
): { value: string | null; unit: string } | null {
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

/**
 * Quantity units as official statistics print them (China customs in English and Chinese mode,
 * UN Comtrade's abbreviations): mass units with their power of ten to tonnes, and units of count,
 * volume or area that are kept out of the tonnage (`mass: false`). `-` means no unit.
 */
export const OFFICIAL_QUANTITY_UNITS: Record<string, { unit: string; mass: boolean; shift: number }> = {
  ...Object.fromEntries(
    ["Kilogram", "Kilograms", "kg", "KG", "千克", "公斤"].map((n) => [
      n,
      { unit: "kg", mass: true, shift: -3 },
    ]),
  ),
  ...Object.fromEntries(
    ["Ton", "Tons", "Tonne", "Tonnes", "t", "吨"].map((n) => [n, { unit: "t", mass: true, shift: 0 }]),
  ),
  ...Object.fromEntries(["Gram", "Grams", "g", "克"].map((n) => [n, { unit: "g", mass: true, shift: -6 }])),
  ...Object.fromEntries(
    [
      "Number",
      "Piece",
      "Pieces",
      "Unit",
      "Units",
      "u",
      "Set",
      "Sets",
      "Pair",
      "Pairs",
      "个",
      "台",
      "套",
      "件",
      "只",
      "双",
      "条",
      "张",
      "辆",
      "架",
      "艘",
      "对",
    ].map((n) => [n, { unit: "u", mass: false, shift: 0 }]),
  ),
  ...Object.fromEntries(["Litre", "Liter", "l", "升"].map((n) => [n, { unit: "l", mass: false, shift: 0 }])),
  ...Object.fromEntries(
    ["Cubic metre", "Cubic meter", "m3", "立方米"].map((n) => [n, { unit: "m3", mass: false, shift: 0 }]),
  ),
  ...Object.fromEntries(
    ["Square metre", "Square meter", "m2", "平方米"].map((n) => [n, { unit: "m2", mass: false, shift: 0 }]),
  ),
  ...Object.fromEntries(["Carat", "克拉"].map((n) => [n, { unit: "carat", mass: false, shift: 0 }])),
};

const OFFICIAL_BY_NAME = new Map(
  Object.entries(OFFICIAL_QUANTITY_UNITS).map(([name, u]) => [name.toLowerCase(), u]),
);

/**
 * An official quantity unit by the name a file prints, whatever its case (`Tonne`, `tonne`, `KG`),
 * or null for a name that is not one.
 * @example officialQuantityUnit("tonnes") // { unit: "t", mass: true, shift: 0 }
 */
export function officialQuantityUnit(name: string): { unit: string; mass: boolean; shift: number } | null {
  return OFFICIAL_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}
