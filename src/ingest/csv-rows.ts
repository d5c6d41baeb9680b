// Reading a CSV file into header-keyed rows with their line numbers. Every cell stays text
// (commodity codes keep their leading zeros); a row with the wrong number of cells is a problem.
import { parse } from "csv-parse/sync";
import type { FormatProblem } from "../errors.js";

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: FormatProblem[];
}

/** Parse CSV text; malformed quoting is reported as a problem on the line where it happens. */
export function readCsv(file: string, text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return {
      header: [],
      rows: [],
      problems: [{ file, line: e.lines ?? 1, field: "(csv)", reason: e.message ?? String(err) }],
    };
  }
  const [head, ...body] = records;
  if (!head)
    return { header: [], rows: [], problems: [{ file, line: 1, field: "(header)", reason: "empty file" }] };
  const header = head.record.map((h) => h.trim());
  const problems: FormatProblem[] = [];
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    // info.lines is the line where the record ends; quoted newlines make a record span lines
    const line = info.lines - countNewlines(record);
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        field: "(row)",
        reason: `expected ${header.length} columns, found ${record.length}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => (cells[h] = (record[i] ?? "").trim()));
    rows.push({ line, cells });
  }
  return { header, rows, problems };
}

function countNewlines(record: string[]): number {
  return record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}
