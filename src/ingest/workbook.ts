// A spreadsheet workbook (.xlsx), as a download is often kept: each sheet is written as CSV text, one
// line per row of the sheet (empty rows too, so a problem names the row the spreadsheet shows), and
// the first sheet a format recognises is read as that format. Numbers are written as the sheet holds
// them (grouping and rounding are a display format, not the value); a date cell as its day, so a
// month a spreadsheet turned into a date is refused by the customs reader as it is in a CSV file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readExcelFile from "read-excel-file/node";
import type { FileHead } from "./file-head.js";

export interface Sheet {
  name: string;
  /** A temporary CSV file holding the sheet. */
  path: string;
}

export interface Workbook {
  sheets: Sheet[];
  /** Remove the temporary files. */
  dispose(): void;
}

/** An Office Open XML workbook: a zip archive named .xlsx (or .xlsm). */
export function isXlsx(head: FileHead): boolean {
  return /\.xls[xm]$/i.test(head.path) && head.text.startsWith("PK\u0003\u0004");
}

/** Every sheet of a workbook as a CSV file; throws when the archive is not a workbook. */
export async function workbookSheets(path: string): Promise<Workbook> {
  const sheets = await readExcelFile(path);
  const dir = mkdtempSync(join(tmpdir(), "lodestone-workbook-"));
  return {
    sheets: sheets.map(({ sheet, data }, i) => {
      const csv = join(dir, `sheet-${i + 1}.csv`);
      writeFileSync(csv, data.map((row) => row.map(csvCell).join(",")).join("\n") + "\n");
      return { name: sheet, path: csv };
    }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function csvCell(value: unknown): string {
  const text = cellText(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell as text: a number in full (never in exponent form), a date as its day, a boolean as the sheet shows it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number")
    return Number.isInteger(value) ? BigInt(value).toString() : fullNumber(value);
  return String(value);
}

/** A fraction without exponent: `1.5e-7` as `0.00000015`. */
function fullNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}
