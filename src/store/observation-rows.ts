// How observations are stored (migration 5): the table `observation_rows` holds what a figure states,
// and the view `observations`, which every reader uses, adds what follows from it. An official
// figure's id is its source, key and value as text: stored as null and derived in the view (a long
// unique text per row was the costliest column to write). A period's kind, first and last month
// follow from the period: derived in the view, never stored. Readers see the columns as before.
import { decimalTextSql } from "./ingest/decimal-sql.js";

/** The id of an official figure, from its columns (`o.` names them on an alias `o`), in SQL. */
export function derivedIdSql(o = ""): string {
  return `concat_ws('|', ${o}source_id, ${o}reporter, ${o}flow, ${o}series, ${o}partner, ${o}period, ${o}measure, ${decimalTextSql(`${o}value`)})`;
}

/** `period_kind`, `period_start` and `period_end` of a period column (month, year or range), in SQL. */
export function periodColumnsSql(period: string): string {
  return `CASE WHEN contains(${period}, '..') THEN 'range' WHEN length(${period}) = 4 THEN 'year' ELSE 'month' END AS period_kind,
    CASE WHEN contains(${period}, '..') THEN split_part(${period}, '..', 1) WHEN length(${period}) = 4 THEN ${period} || '-01' ELSE ${period} END AS period_start,
    CASE WHEN contains(${period}, '..') THEN split_part(${period}, '..', 2) WHEN length(${period}) = 4 THEN ${period} || '-12' ELSE ${period} END AS period_end`;
}

/** The observation columns the view derives rather than the table stores. */
export const DERIVED_COLUMNS = ["period_kind", "period_start", "period_end"] as const;

/**
 * Whether a stage row (alias `s`) is stored already (as a stored row `o`): the same id where the
 * stage gives one (a curated figure's fingerprint), else the same source, key and value, which is
 * what the derived id is made of. Compared column by column: no id text is built on either side.
 */
export const SAME_ROW = `o.id IS NOT DISTINCT FROM s.id AND o.source_id = s.source_id AND o.reporter = s.reporter
  AND o.flow = s.flow AND o.series = s.series AND o.partner = s.partner AND o.period = s.period
  AND o.measure = s.measure AND o.value IS NOT DISTINCT FROM s.value`;

/** The columns that make a stage row distinct (see `SAME_ROW`). */
export const ROW_IDENTITY = "id, source_id, reporter, flow, series, partner, period, measure, value";
