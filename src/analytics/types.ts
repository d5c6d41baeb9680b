// The figures analysts quote about one month of one series (DESIGN section 4), as `stats` returns them.
// Every figure is a plain number or null; when null, `reasons[key]` says why; `inputs[key]` lists the
// months and resolved values it used, so each number can be traced back to source rows.

export interface MonthValue {
  /** A month, or a stated cumulative (`2025-01..2025-11`, `2025`) where one was used. */
  period: string;
  value: number;
  derived: boolean;
  /** The partner, where the figure is about destinations rather than the requested partner. */
  partner?: string;
  /** -1 for a total taken away when a span is made from the totals held (the year less December). */
  sign?: -1;
}

export interface Share {
  partner: string;
  value: number;
  share_pct: number;
  prev_value: number | null;
  prev_share_pct: number | null;
  /** Change in share, percentage points. */
  share_change_pp: number | null;
}

export interface Mover {
  partner: string;
  value: number;
  prev_value: number;
  change_abs: number;
  change_pct: number | null;
}

export interface Divergence {
  partner: string;
  /** Direction of the total and of this partner, month on month. */
  total_direction: "up" | "down";
  partner_direction: "up" | "down";
  change_pct: number | null;
  value: number;
  prev_value: number;
  /** Destinations moving with the total this month, largest change first (the other side of the split). */
  counterparts?: string[];
}

export interface EventWindow {
  event_id: string;
  date: string;
  kind: string;
  summary: string;
  months: number;
  before_mean: number | null;
  after_mean: number | null;
  before_periods: string[];
  after_periods: string[];
  /** The requested month against the pre-event mean, in percent (100 = fully back to baseline). */
  latest_vs_before_pct: number | null;
  reasons: string[];
  /** The month the event falls in (the after window starts there); null when only its year is known. */
  event_month?: string | null;
  /** The months and values each mean used. */
  inputs?: MonthValue[];
}

export interface Stats {
  series: string;
  reporter: string;
  flow: "export" | "import";
  partner: string;
  measure: string;
  period: string;
  unit: string | null;
  as_of: string | null;
  level: number | null;
  derived: boolean;
  mom_abs: number | null;
  mom_pct: number | null;
  yoy_abs: number | null;
  yoy_pct: number | null;
  ytd: number | null;
  ytd_prev: number | null;
  ytd_yoy_pct: number | null;
  /**
   * Where ytd / ytd_prev came from: a stated cumulative total, the sum of every month, or made from
   * the totals held (a shorter year to date and the months after it; the year less its last months).
   */
  ytd_basis?: "stated" | "months" | "made" | null;
  ytd_prev_basis?: "stated" | "months" | "made" | null;
  /** 1 = highest in the record. */
  rank: number | null;
  /** 1 = lowest in the record. */
  rank_low: number | null;
  record_months: number;
  record_window: { from: string; to: string } | null;
  /** Months missing inside the record window: a rank over a record with holes says so. */
  record_gaps: string[];
  /** The last month before this one that was higher (or null: highest in the record). */
  highest_since: string | null;
  lowest_since: string | null;
  /** Consecutive rises (positive) or falls (negative) ending at this month; 0 when flat or unknown. */
  streak: number | null;
  /** For partner WLD: each destination this month and the month before. */
  shares?: Share[];
  movers?: { absolute: Mover[]; relative: Mover[] };
  hhi?: { value: number | null; prev: number | null };
  divergence?: Divergence[];
  events?: EventWindow[];
  reasons: Record<string, string>;
  inputs: Record<string, MonthValue[]>;
}

export interface StatsRequest {
  series: string;
  period: string;
  reporter?: string;
  flow?: "export" | "import";
  partner?: string;
  measure?: string;
  asOf?: string | null;
  /** Use months backed out of cumulative totals (marked derived). Default false. */
  allowDerived?: boolean;
  /** Months before/after each policy event for event windows. Default 3. */
  eventMonths?: number;
}
