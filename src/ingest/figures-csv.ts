// Lodestone's own curated figures format (data/figures.csv): one row per figure as one source
// stated it, with that source's columns repeated on each row. Validates every cell and returns
// the sources and observations to store, or every problem with its file, line and field.
import { createHash } from "node:crypto";
import type { FormatProblem } from "../errors.js";
import { isDecimal, precisionUnit } from "../domain/decimal.js";
import { isPartialDate, parsePeriod } from "../domain/period.js";
import { isSeriesId } from "../domain/series.js";
import { KNOWN_UNITS, normaliseUnit } from "../domain/units.js";
import type { ObservationInput } from "../store/write.js";
import type { Source, SourceKind } from "../store/types.js";
import type { CsvRow } from "./csv-rows.js";
import { isWebAddress } from "../domain/web-address.js";

export const FIGURES_REQUIRED = [
  "source_id",
  "source_kind",
  "publisher",
  "reporter",
  "flow",
  "series",
  "partner",
  "period",
  "measure",
  "value",
  "unit",
] as const;

const SOURCE_KINDS = ["official", "wire", "press", "industry"];
const MEASURES = ["qty", "value", "unit_value", "share", "avg_monthly_qty"];
const MAX_TEXT = 2000;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** What a spreadsheet would run when the file is opened in one: =, @, or + and - not before a number. */
const FORMULA = /^[=@]|^[+-](?![\d.])/;
const STATUSES = ["preliminary", "revised", "final"];
const URL_STATUSES = ["ok", "missing", "mirror"];
const SLUG = /^[a-z0-9]+([-_][a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;
const PARTNER = /^[A-Z][A-Za-z0-9_]*$/;
const RANK_SCOPE = /^(record|year:\d{4}|since:\d{4}-\d{2}|months:\d+)$/;
const INTEGER = /^-?\d+$/;

export interface ParsedFigures {
  sources: Source[];
  observations: ObservationInput[];
  problems: FormatProblem[];
}

/** Validate the rows of a figures file. */
export function parseFigures(file: string, rows: CsvRow[]): ParsedFigures {
  const problems: FormatProblem[] = [];
  const sources = new Map<string, { source: Source; line: number }>();
  const observations: ObservationInput[] = [];
  for (const row of rows) {
    const check = checker(file, row, problems);
    const source = readSource(row, check);
    const observation = readObservation(row, check);
    if (!source || !observation) continue;
    const seen = sources.get(source.id);
    if (seen && JSON.stringify(seen.source) !== JSON.stringify(source)) {
      check.fail("source_id", `source ${source.id} is described differently on line ${seen.line}`);
      continue;
    }
    if (!seen) sources.set(source.id, { source, line: row.line });
    observations.push(observation);
  }
  return { sources: [...sources.values()].map((s) => s.source), observations, problems };
}

interface Checker {
  ok: boolean;
  fail(field: string, reason: string): void;
  text(field: string, required?: boolean): string | null;
  oneOf(field: string, allowed: readonly string[], fallback?: string): string | null;
  pattern(field: string, re: RegExp, expected: string, required?: boolean): string | null;
  decimal(field: string): string | null;
  integer(field: string): number | null;
}

function checker(file: string, row: CsvRow, problems: FormatProblem[]): Checker {
  const c: Checker = {
    ok: true,
    fail(field, reason) {
      c.ok = false;
      problems.push({ file, line: row.line, field, reason });
    },
    text(field, required = false) {
      const v = row.cells[field] ?? "";
      if (v === "") {
        if (required) c.fail(field, "missing value");
        return null;
      }
      // found by the drills (npm run drills): text that would be stored but should never be
      if (v.length > MAX_TEXT) c.fail(field, `too long: ${v.length} characters (at most ${MAX_TEXT})`);
      else if (CONTROL.test(v)) c.fail(field, "a control character (such as NUL) in the text");
      else if (FORMULA.test(v)) c.fail(field, `starts like a spreadsheet formula: ${v.slice(0, 40)}`);
      return v;
    },
    oneOf(field, allowed, fallback) {
      const v = c.text(field, fallback === undefined) ?? fallback ?? null;
      if (v === null || v === "") return null;
      if (!allowed.includes(v)) c.fail(field, `unknown value: ${v} (expected ${allowed.join(", ")})`);
      return v;
    },
    pattern(field, re, expected, required = true) {
      const v = c.text(field, required);
      if (v !== null && !re.test(v)) c.fail(field, `invalid ${field}: ${v} (expected ${expected})`);
      return v;
    },
    decimal(field) {
      const v = c.text(field);
      if (v !== null && !isDecimal(v))
        c.fail(field, `not a number: ${v} (expected a plain decimal such as 6149.95)`);
      return v;
    },
    integer(field) {
      const v = c.text(field);
      if (v === null) return null;
      if (!INTEGER.test(v)) c.fail(field, `not an integer: ${v}`);
      return Number(v);
    },
  };
  return c;
}

function readSource(row: CsvRow, c: Checker): Source | null {
  const id = c.pattern("source_id", SLUG, "a lowercase slug such as reuters-3fa2c1");
  const kind = c.oneOf("source_kind", SOURCE_KINDS) as SourceKind | null;
  const publisher = c.text("publisher", true);
  const url = c.text("url");
  if (url !== null && !isWebAddress(url))
    c.fail("url", `not a web address: ${url} (http or https, quotes and spaces percent-encoded)`);
  const urlStatus = c.oneOf("url_status", URL_STATUSES, url === null ? "missing" : "ok");
  if (url === null && urlStatus !== "missing")
    c.fail("url_status", "no url given, so url_status must be missing");
  const published = c.text("published");
  if (published !== null && !isPartialDate(published))
    c.fail("published", `invalid date: ${published} (expected YYYY-MM-DD)`);
  if (!id || !kind || !publisher || !urlStatus) return null;
  return {
    id,
    kind,
    publisher,
    origin: c.text("origin") ?? publisher,
    url,
    url_status: urlStatus as Source["url_status"],
    published,
    title: c.text("title"),
  };
}

function readObservation(row: CsvRow, c: Checker): ObservationInput | null {
  const reporter = c.pattern("reporter", ISO3, "an ISO3 code such as CHN");
  const flow = c.oneOf("flow", ["export", "import"]);
  const series = c.pattern("series", /./, "a series id");
  if (series !== null && !isSeriesId(series))
    c.fail("series", `invalid series id: ${series} (expected kebab-case such as rare-earth-magnets)`);
  const partner = c.pattern("partner", PARTNER, "ISO3, WLD or a group such as EU27");
  const periodText = c.text("period", true);
  const period = periodText === null ? null : parsePeriod(periodText);
  if (periodText !== null && !period)
    c.fail("period", `invalid period: ${periodText} (expected YYYY-MM, YYYY or YYYY-MM..YYYY-MM)`);
  const measure = c.oneOf("measure", MEASURES);
  const hs = readHsCode(c);
  const value = c.decimal("value");
  if (value !== null && value.startsWith("-"))
    c.fail("value", `negative value: ${value} (figures of trade are never below zero)`);
  const unitText = c.text("unit", true);
  const normal =
    unitText === null ? null : normaliseUnit(value !== null && isDecimal(value) ? value : null, unitText);
  if (unitText !== null && !normal)
    c.fail("unit", `unknown unit: ${unitText} (expected one of ${KNOWN_UNITS.join(", ")})`);
  const vintage = c.text("vintage") ?? c.text("published");
  if (vintage !== null && !isPartialDate(vintage))
    c.fail("vintage", `invalid date: ${vintage} (expected YYYY-MM-DD)`);
  const status = c.oneOf("status", STATUSES, "final");
  const stated = {
    stated_mom_pct: c.decimal("stated_mom_pct"),
    stated_yoy_pct: c.decimal("stated_yoy_pct"),
    stated_change_pct: c.decimal("stated_change_pct"),
    stated_change_basis: c.text("stated_change_basis"),
    stated_rank: c.integer("stated_rank"),
    stated_rank_direction: c.oneOf("stated_rank_direction", ["high", "low"], "") || null,
    stated_rank_scope: c.pattern(
      "stated_rank_scope",
      RANK_SCOPE,
      "record, year:YYYY, since:YYYY-MM or months:N",
      false,
    ),
    stated_streak: c.integer("stated_streak"),
  };
  if (!c.ok || !reporter || !flow || !series || !partner || !period || !measure || !normal || !status)
    return null;
  const source_id = row.cells.source_id!;
  const content = {
    source_id,
    reporter,
    flow,
    series,
    hs_code: hs,
    partner,
    period: period.text,
    measure,
    value: normal.value,
    unit: normal.unit,
    vintage,
    status,
    ...stated,
  };
  return {
    ...identified(content, period),
    precision_unit: normal.value === null ? null : precisionUnit(normal.value, isApproximate(row, c)),
    original_value: c.text("original_value") ?? value,
    original_unit: c.text("original_unit") ?? unitText,
    note: c.text("note"),
    correction: c.text("correction"),
    ref_rows: c.text("ref_rows"),
  };
}

/**
 * An observation's identity: its id is a hash of what it states (so the same figure from the same
 * source is the same row), with its period's kind and bounds.
 */
export function identified<T extends object>(
  content: T,
  period: { kind: string; start: string; end: string },
): T & { id: string; period_kind: string; period_start: string; period_end: string } {
  return {
    id: createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 24),
    ...content,
    period_kind: period.kind,
    period_start: period.start,
    period_end: period.end,
  };
}

/** The source hedged or rounded the figure itself: `approximate` = yes, or an original value like `~400`. */
function isApproximate(row: CsvRow, c: Checker): boolean {
  const flag = c.oneOf("approximate", ["yes", "no"], "no");
  return flag === "yes" || /^[~≈]/.test(row.cells.original_value ?? "");
}

/** HS codes are text of 4, 6, 8 or 10 digits; an odd length means a leading zero was lost. */
function readHsCode(c: Checker): string | null {
  const hs = c.text("hs_code");
  if (hs === null) return null;
  if (!/^\d+$/.test(hs)) {
    c.fail("hs_code", `invalid HS code: ${hs} (expected digits only, kept as text)`);
  } else if (![4, 6, 8, 10].includes(hs.length)) {
    const hint = hs.length % 2 === 1 ? `; a leading zero was probably lost (0${hs}?)` : "";
    c.fail("hs_code", `invalid HS code: ${hs} has ${hs.length} digits (expected 4, 6, 8 or 10${hint})`);
  }
  return hs;
}
