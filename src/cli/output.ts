// Printing results: aligned tables for people (at most ~100 columns wide), CSV and JSON for
// pipelines. Commands describe their columns once; every format comes from the same rows.
import { stringify } from "csv-stringify/sync";
import { UsageError } from "../errors.js";

export type OutputFormat = "table" | "json" | "csv";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  align?: "left" | "right";
  /** Widest the column may print in a table; longer text is cut with an ellipsis. */
  max?: number;
}

/** The format asked for, or the default: a table on a terminal, CSV in a pipeline. */
export function pickFormat(
  requested: string | undefined,
  isTty: boolean,
  allowed: readonly string[] = ["table", "json", "csv"],
): string {
  const format = requested ?? (isTty ? "table" : "csv");
  if (!allowed.includes(format))
    throw new UsageError(`unknown format: ${format} (expected ${allowed.join(", ")})`);
  return format;
}

/** Render rows as an aligned text table. */
export function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(show(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.align === "right" ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return (
    [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join(
      "\n",
    ) + "\n"
  );
}

/** Render rows as CSV with a header. */
export function renderCsv<T>(rows: T[], columns: Column<T>[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => show(c.value(r))))]);
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Group the digits of an exact decimal: `"51440"` -> `"51,440"`, `"6149.95"` -> `"6,149.95"`. */
export function groupDigits(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const [int = "", frac] = value.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

function show(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "yes" : "";
  return String(v);
}

function clip(text: string, max: number | undefined): string {
  const flat = text.replace(/\s+/g, " ");
  return max !== undefined && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
