// Records as the store holds and returns them. Exact decimals travel as strings ("6149.95");
// callers that compute convert with Number() at the last moment.

import type { Flow, Measure, SeriesKeyInput } from "../domain/series-key.js";

export type { Flow, Measure };

export type SourceKind = "official" | "wire" | "press" | "industry";
export type Status = "preliminary" | "revised" | "final";

/** One document a figure came from. */
export interface Source {
  id: string;
  kind: SourceKind;
  publisher: string;
  /** The original reporter a repost relies on ("Reuters" for a Reuters repost). */
  origin: string;
  url: string | null;
  /** `ok`, `missing` (no page URL known) or `mirror` (a copy of the page at another address). */
  url_status: "ok" | "missing" | "mirror";
  published: string | null;
  title: string | null;
  /** When the document was fetched (an API answer), as an ISO timestamp; absent for files. */
  retrieved?: string | null;
}

/** One figure as one source stated it. */
export interface Observation {
  id: string;
  source_id: string;
  reporter: string;
  flow: Flow;
  series: string;
  partner: string;
  /** `YYYY-MM`, `YYYY` or `YYYY-MM..YYYY-MM`. */
  period: string;
  measure: Measure;
  /** Exact decimal as text, or null when the source gave only a change. */
  value: string | null;
  unit: string;
  vintage: string | null;
  status: Status;
  stated_mom_pct: string | null;
  stated_yoy_pct: string | null;
  stated_rank: number | null;
  note: string | null;
}

/** A row behind a resolved value, with its source: what evidence lists show. */
export interface EvidenceRow {
  observation_id: string;
  source_id: string;
  kind: SourceKind;
  publisher: string;
  origin: string;
  url: string | null;
  published: string | null;
  vintage: string | null;
  status: Status;
  period: string;
  partner: string;
  value: string;
  unit: string;
  /** True when this row agrees (within rounding) with the resolved value. */
  agrees: boolean;
}

/** The resolved value of one (reporter, flow, series, partner, period, measure). */
export interface ResolvedPoint {
  reporter: string;
  flow: Flow;
  series: string;
  partner: string;
  period: string;
  measure: Measure;
  value: string;
  unit: string;
  /** Backed out of a cumulative total rather than stated by a source. */
  derived: boolean;
  /** Sources disagree beyond rounding (the resolved value is still the best supported one). */
  conflict: boolean;
  /** Distinct sources that agree with the resolved value. */
  sources: number;
  /** Distinct independent origins that agree with the resolved value. */
  origins: string[];
  /** How the value was chosen: `official`, `consensus`, `single`, `tie` or `derived`. */
  basis: "official" | "consensus" | "single" | "tie" | "derived";
}

/** A key whose sources disagree beyond rounding: every side with its sources. */
export interface Conflict {
  reporter: string;
  flow: Flow;
  series: string;
  partner: string;
  period: string;
  measure: Measure;
  unit: string;
  resolved: string;
  sides: {
    value: string;
    origins: string[];
    sources: { id: string; publisher: string; url: string | null }[];
  }[];
}

export interface PolicyEvent {
  id: string;
  announced: string | null;
  effective: string | null;
  authority: string;
  reference: string | null;
  kind: string;
  summary: string;
  /** Series ids (or free words where no series fits) the event concerns. */
  commodities: string[];
  /** ISO3 codes, or `all`. */
  partners: string[];
  url: string | null;
}

/** Filters that pick one series out of the store. Defaults (CHN, export, WLD, qty) are filled by `seriesKey`. */
export type SeriesKey = SeriesKeyInput;
