// The monthly brief as data: what `--format json` prints and what the markdown and HTML
// renderers read. Every sentence is made of parts; a part that states a figure points at a note,
// and every note lists the source rows behind one resolved value.
import type { Stats } from "../analytics/types.js";
import type { ExpectedRelease } from "./release-calendar.js";

/** A run of text; `notes` are the numbers of the notes (1-based) backing the figure it states. */
export interface BriefPart {
  text: string;
  notes?: number[];
}

export interface BriefSentence {
  /** What the template said, e.g. `rank`, `mom`, `divergence:USA`: stable across months. */
  id: string;
  parts: BriefPart[];
  /** The sentence as plain text, without note markers. */
  text: string;
}

/** One resolved value and the rows behind it. */
export interface BriefNote {
  n: number;
  partner: string;
  period: string;
  value: string | null;
  unit: string | null;
  basis: string | null;
  conflict: boolean;
  derived: boolean;
  rows: {
    publisher: string;
    origin: string;
    kind: string;
    url: string | null;
    vintage: string | null;
    value: string;
    unit: string;
    agrees: boolean;
    /** The page's address spells out a headline about something else: shown, never linked. */
    url_unrelated: boolean;
  }[];
}

export interface BriefEvent {
  id: string;
  date: string;
  kind: string;
  authority: string;
  reference: string | null;
  summary: string;
  url: string | null;
  /** The suspension event that paused it by the end of the brief's month, if any. */
  suspended_by: string | null;
}

export interface LevelPoint {
  period: string;
  value: number | null;
}

export interface BriefCharts {
  level: { points: LevelPoint[]; events: { date: string; key: string; label: string }[]; unit: string };
  destinations: { partner: string; label: string; value: number | null; prev_value: number | null }[];
  shares: { period: string; partner: string; label: string; share_pct: number | null }[];
}

export interface Brief {
  series: string;
  series_name: string;
  reporter: string;
  flow: "export" | "import";
  period: string;
  previous_period: string;
  unit: string;
  as_of: string | null;
  /** The date the brief was written (from the clock passed in). */
  written: string;
  headline: BriefSentence;
  highlights: BriefSentence[];
  destinations: BriefSentence[];
  baseline: BriefSentence[];
  context: {
    window: { from: string; to: string };
    recent: BriefEvent[];
    in_force: BriefEvent[];
    next_releases: ExpectedRelease[];
  };
  caveats: BriefSentence[];
  notes: BriefNote[];
  charts: BriefCharts;
  stats: Stats;
}
