// Policy events format (data/events.csv): export controls, licences, deals and summits, one per row.
import type { FormatProblem } from "../errors.js";
import { isPartialDate } from "../domain/period.js";
import { isWebAddress } from "../domain/web-address.js";
import type { PolicyEvent } from "../store/types.js";
import type { CsvRow } from "./csv-rows.js";

export const EVENTS_REQUIRED = ["id", "announced", "effective", "authority", "kind", "summary"] as const;

/** Validate the rows of an events file. */
export function parseEvents(
  file: string,
  rows: CsvRow[],
): { events: PolicyEvent[]; problems: FormatProblem[] } {
  const problems: FormatProblem[] = [];
  const events: PolicyEvent[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    const fail = (field: string, reason: string) => problems.push({ file, line, field, reason });
    const before = problems.length;
    const id = cells.id ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id)) fail("id", `invalid event id: ${id || "(empty)"}`);
    if (seen.has(id)) fail("id", `duplicate event id: ${id}`);
    seen.add(id);
    for (const field of ["announced", "effective"] as const) {
      const v = cells[field] ?? "";
      if (v !== "" && !isPartialDate(v))
        fail(field, `invalid date: ${v} (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    if (!cells.announced && !cells.effective)
      fail("effective", "an event needs an announced or an effective date");
    for (const field of ["authority", "kind", "summary"] as const)
      if (!cells[field]) fail(field, "missing value");
    if (cells.kind && !/^[a-z_]+$/.test(cells.kind))
      fail("kind", `invalid kind: ${cells.kind} (expected snake_case such as export_control)`);
    if (cells.url && !isWebAddress(cells.url))
      fail("url", `not a web address: ${cells.url} (http or https, quotes and spaces percent-encoded)`);
    if (problems.length > before) continue;
    events.push({
      id,
      announced: cells.announced || null,
      effective: cells.effective || null,
      authority: cells.authority!,
      reference: cells.reference || null,
      kind: cells.kind!,
      summary: cells.summary!,
      commodities: list(cells.commodities),
      partners: list(cells.partners),
      url: cells.url || null,
    });
  }
  return { events, problems };
}

function list(text: string | undefined): string[] {
  return (text ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
