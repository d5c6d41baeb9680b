// Types of the claims stage: what the extractor finds in text and what verification says about it
// (DESIGN sections 5 and 6). Bounds that a wording leaves open ("more than 6,000 t") are null.

export type ClaimKind = "level" | "change" | "rank" | "ytd" | "share" | "direction";
export type Verdict = "supported" | "contradicted" | "unverifiable";
export type Direction = "up" | "down";

/** How the wording qualifies a number: it widens or bounds the tolerance. */
export type Hedge = "about" | "nearly" | "just_under" | "just_over" | "more_than" | "less_than";

/** An interval of accepted values; null means unbounded on that side. */
export interface Tolerance {
  low: number | null;
  high: number | null;
  /**
   * What a bounding hedge asserts strictly ("more than a fifth": above 20%), when narrower than
   * low/high (which allow for the stated figure's rounding): the claim is checked against it, since a
   * bound holds at the bound ("more than a fifth" is wrong of 18.6%).
   */
  firm?: { low: number | null; high: number | null };
}

/**
 * How a figure's words write it (extract/figure-words.ts): in digits ("6,150 t"), as a cardinal number
 * in words ("six thousand tonnes", "twenty percent"), as a fraction or multiple ("a fifth", "halved",
 * "sevenfold"). They may go together ("2.5 times": digits and a multiple). The checker weighs a
 * figure's rounding by them: a round figure's zeros reach only so far, a fraction keeps its own band.
 */
export interface FigureWords {
  digits?: true;
  cardinal?: true;
  fraction?: true;
  /**
   * A bound the words give that a denial before them turned round ("Neither Japan nor the US took more
   * than 600 t": each at most 600 t), so the hedge is the other side of what the words say.
   */
  turned?: true;
}

/**
 * A stated quantity, normalised to `unit`: `t` for weights, or a currency for values in money
 * (`USD`, `CNY`, `EUR`, `JPY`: "US$288 million" is 288e6 USD, never a tonnage). `raw` is the wording.
 */
export interface StatedLevel extends Tolerance {
  type: "level";
  value: number;
  unit: string;
  hedge: Hedge | null;
  raw: string;
  /** Half of the last stated digit's place value in `unit` ("6,150": 5, "6,149.95": 0.005). */
  halfUnit?: number;
  /** A range ("between 4,000 and 4,500 t"): low/high run from end to end, `value` is its middle. */
  range?: true;
  /** How the words write the figure; left off when the reader has not read them. */
  written?: FigureWords;
  /**
   * A rate a month over the claim's span ("averaged 5,799 t a month over the three months to
   * November"): checked against the span's total spread over its months, never against one month.
   */
  perMonth?: true;
}

/** One reading of a change's words, with the interval it allows ("sevenfold": x7 = +600%). */
export interface ChangeReading extends Tolerance {
  pct: number;
  why: string;
}

/**
 * A stated change. `pct` is signed (-11 for "fell 11%") in `unit`: `%`, `pp` (percentage points of a
 * share), or `t` for a difference in tonnes ("a drop of 312 tonnes": -312).
 */
export interface StatedChange extends Tolerance {
  type: "change";
  pct: number;
  unit: "%" | "pp" | "t";
  /** `mom`, `yoy`, or the comparison month `YYYY-MM` when the text names one. */
  basis: string;
  direction: Direction;
  hedge: Hedge | null;
  raw: string;
  /** Half of the last stated digit's place value in `unit` ("+76%": 0.5). */
  halfUnit?: number;
  /**
   * When the words allow more than one figure ("sevenfold", "2.4 times higher"): every reading with
   * its own interval; the first is `pct`'s, and low/high span them all.
   */
  readings?: ChangeReading[];
  /** A difference stated without its direction ("the gap is 1,971.5 t"): checked on its size. */
  unsigned?: boolean;
  /** A base figure the text states ("from 4,915 t"), in tonnes: evidence of which base is meant. */
  from?: Tolerance & { value: number };
  /**
   * `value` when the words make it a change of the value in money ("fell 20% in value terms"); `share`
   * when it is a change of the destination's share of the total ("its share rose 65%").
   */
  measure?: "value" | "share";
  /** A range ("up 10-12%"): low/high run from end to end, `pct` is its middle. */
  range?: true;
  /** How the words write the figure; left off when the reader has not read them. */
  written?: FigureWords;
  /**
   * A difference in tonnes from another destination's figure of the same period ("Japan took 120 t
   * more than Korea"): that destination. The basis is then not a period.
   */
  versus?: string;
  /**
   * With `versus`, the period of that destination's figure when it is another month's ("Germany took
   * 1,118 t in October, a fifth of September's volume": the world's September).
   */
  versusPeriod?: string;
  /**
   * A ratio to another product's figure of the same destination and period ("magnet exports were 26%
   * higher than rare-earth exports"): that product. The basis is then not a period.
   */
  versusSeries?: string;
}

/**
 * Where a rank is counted: the whole record, since a month, the last N months, or one year; or,
 * for a destination ("the No.1 destination", "the second-largest buyer"), among the destinations
 * of its period.
 */
export type RankScope =
  | { type: "record" }
  | { type: "destinations" }
  /**
   * Since a month or year: "highest since March" says March was higher. With `atLeast` ("since at
   * least 2022", "since the curbs began in April") the window starts there and says nothing of the month before.
   */
  | { type: "since"; period: string; atLeast?: boolean }
  /**
   * Since export controls the words do not date ("the highest since the controls took effect",
   * "since the curbs"): the months after an export control that concerns the series, which the
   * checker takes from the data's events.
   */
  | { type: "controls" }
  /**
   * The last N months ("a six-month high", "the lowest of the past five months"), ending at the
   * claim's month; with `open` ("the low point of the five months") the text does not fix where
   * they end, so any N months that hold the claim's month may be meant. With `unstated` the words
   * name no stretch at all ("June's 3,188 t was the low", "peaked in May"): N is the reader's guess.
   */
  | { type: "months"; months: number; open?: boolean; unstated?: boolean }
  | { type: "year"; year: number }
  /** A half or a quarter of a year ("the highest of any month in the first half of 2025"), as `YYYY-MM` months. */
  | { type: "span"; from: string; to: string }
  /**
   * The same calendar month of each year ("the strongest November on record", "a record for any
   * October"); with `since`, the years after that one ("the weakest June since 2024").
   */
  | { type: "calendar"; month: number; since?: number };

/**
 * A stated rank ("second-highest on record") or streak ("fifth straight monthly fall"). A streak
 * with `before` is a run that ended the month before the claim's, the claim's month breaking it
 * ("ending three months of gains"); with `atLeast` the run was at least `n` long ("the first decline
 * in three months": two rises or more before it).
 */
export type StatedRank =
  | {
      type: "rank";
      n: number;
      direction: "high" | "low";
      scope: RankScope;
      raw: string;
      /**
       * What the words name as the only ones above it ("second only to January": `2025-01`; "behind
       * only Germany": `DEU`): each must be held above it, as well as the rank hold.
       */
      above?: string[];
      /**
       * The words naming what is above may instead say when the window starts ("the highest this year
       * after August"): one named that the data holds below leaves the rank open, not false.
       */
      aboveMayBeWhen?: true;
      /** "a top-three month", "one of the five weakest months on record": the rank is `n` or better. */
      within?: boolean;
      /**
       * The sentence ranks the month as it stood then ("the highest of the year at that point", "so
       * far"): months after it do not count, whenever the text was published.
       */
      asItStood?: true;
      /** The words count over the data the writer had ("the highest in the available data", "in the series"). */
      overTheData?: true;
      /**
       * The words count "since" something other than the records themselves ("since January", "since
       * the controls", "since Beijing tightened its grip"); where the scope is not `since`, the start
       * was not read.
       */
      sinceStart?: true;
      /** The words say the level was seen, not beaten, at the window's start ("a level not seen since August"). */
      levelSeen?: true;
      /**
       * `share` when the words rank the destination's share of the total, not its tonnage ("the US
       * share was the smallest since May", "the lowest EU share in the available data").
       */
      measure?: "share";
    }
  | {
      type: "streak";
      n: number;
      direction: Direction;
      raw: string;
      before?: boolean;
      atLeast?: boolean;
      /** A run of changes on the year ("reversing three straight months of year-on-year declines"). */
      basis?: "yoy";
      /** The run is on the year only because a change on the year comes before it in its clause. */
      basisFromClause?: boolean;
      /**
       * A run of months past a mark in tonnes ("the third month in a row above 5,000 t"): `n` months,
       * each above (`up`) or below (`down`) it, not `n` moves.
       */
      past?: number;
    };

/** A stated share of the total in percent ("a fifth of" = 20). */
export interface StatedShare extends Tolerance {
  type: "share";
  pct: number;
  hedge: Hedge | null;
  raw: string;
  /** Half of the last stated digit's place value, in percent. */
  halfUnit?: number;
  /** What the share is of when it is not exports ("70% of global production"): never checked against trade data. */
  of?: "production";
  /** `value` when the share is of the exports' worth in money ("9% of the total value"). */
  measure?: "value";
  /** The whole in tonnes the words take the share of ("7% of the 689 tonnes shipped"), when they state one. */
  whole?: { value: number; halfUnit: number };
  /** The way the words move the share to its figure ("the US share slipped to 9.5%"), when they do. */
  moved?: { direction: Direction; raw: string };
  /** How the words write the figure; left off when the reader has not read them. */
  written?: FigureWords;
}

/** A bare direction ("Japan's rose sharply"), against the previous month unless stated. */
export interface StatedDirection {
  type: "direction";
  direction: Direction;
  basis: string;
  raw: string;
  /**
   * `value` when the words make it a move of the value in money ("the value of shipments fell");
   * `share` when it is a move of the destination's share of the total ("the US share slipped").
   */
  measure?: "value" | "share";
}

export type Stated = StatedLevel | StatedChange | StatedRank | StatedShare | StatedDirection;

/**
 * How one part of a claim's reading was established: named in the number's own clause, elsewhere
 * in its sentence, carried over from earlier text (a heading, the previous sentence), carried over
 * from a text that names no other value of its kind (`text`: a story that only ever names magnets),
 * named in the sentence right before, whose one figure the claim's subject points back at
 * (`pointed`: "Exports reached 6,150 t in November. That was a record."), or filled by default (the
 * world total, China's exports). Only `clause`, `sentence`, `text` and `pointed` readings are
 * certain enough to contradict a claim; a carried or default reading can support, never contradict.
 */
export type Grounding = "clause" | "sentence" | "text" | "pointed" | "carried" | "default";

export interface ClaimGrounds {
  series: Grounding;
  partner: Grounding;
  period: Grounding;
  /** For changes and directions: whether the comparison base was named ("from October", "y/y"). */
  basis?: Grounding;
  /**
   * For figures whose unit was not written with the number: `carried` when it was read from a
   * table's header or caption, `default` when it was guessed from the number's size ("5 mt").
   */
  unit?: Grounding;
}

/** Another plausible reading of the same words ("the US" named nearby, the other comparison base). */
export interface Reading {
  series?: string;
  partner?: string;
  period?: string;
  /** For changes and directions: `mom`, `yoy` or a base month. */
  basis?: string;
  /** Another reading of the figure itself ("sevenfold" as x7 or as +700%). */
  stated?: Stated;
  /** The words that make this reading plausible. */
  why: string;
  /** When only this reading fits, the claim is ambiguous, not supported ("or 11%" as a change). */
  onlyAmbiguous?: boolean;
  /** Taken from earlier text (a headline, a sentence before), not from the figure's own sentence. */
  carried?: true;
  /** Weighed only where the data holds no figure for the main reading (a month whose figure was not out yet). */
  unheld?: true;
  /**
   * A reading the text allows but does not suggest ("Magnet exports fell 20%" after a sentence on
   * Japan: Japan's): it can show the figure right, but its lack of data does not make the main one unsure.
   */
  rescueOnly?: true;
  /**
   * The figure is said of this destination as well as the main one ("the US and Japan each took
   * about 300 t"): the claim holds only when every such reading bears it out too.
   */
  each?: true;
}

/**
 * What kind of statement holds the figure. Only `reported` statements are checked against China's
 * customs data; the rest (forecasts, targets, hypotheticals, questions, another country's own
 * statistics, a company's own shipments, a correction's misstated figure, a report or rumour the
 * text denies, another country's own exports, imports whose importer goes unnamed, a market participant's
 * estimate, a province's, port's or city's own figure, the headline of another story the page
 * links to, a figure for a half or quarter not over when the text was published, China's exports of
 * all goods) are unverifiable.
 */
export type Mode =
  | "reported"
  | "forecast"
  | "target"
  | "hypothetical"
  | "question"
  | "other-reporter"
  | "other-exporter"
  | "company"
  | "correction"
  | "denied"
  | "unnamed-importer"
  | "estimate"
  | "local"
  | "link"
  | "unfinished"
  | "part-month"
  | "all-goods";

/** One claim found in a text. `text === input.slice(start, end)`. */
export interface ExtractedClaim {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  /** Series id (`rare-earth-magnets`, `rare-earths`, ...) or null when the text never says. */
  series: string | null;
  reporter: string;
  flow: "export" | "import";
  partner: string;
  /** `YYYY-MM` or `YYYY-MM..YYYY-MM`; null when the text gives no period that can be resolved. */
  period: string | null;
  stated: Stated;
  /** How series, partner and period were read (see `Grounding`). */
  grounds: ClaimGrounds;
  /** Other plausible readings; a claim any of them supports is never contradicted. */
  alternatives: Reading[];
  /**
   * For a level or share whose own clause names its destination, and only that one, before its one
   * figure ("exports to the US were 305 tons, while Japan received 582 tons"): the destinations the
   * sentence's other clauses name the same way with figures of their own; for a place among
   * destinations said right after its item's destination ("Germany ranked first, South Korea ranked
   * second"), the other items' destinations. Each figure is its own clause's or item's, so none of
   * these is a reading of it.
   */
  otherClausePartners?: string[];
  /**
   * For a figure in a list parallel to a list of products ("gallium and germanium exports rose to
   * 9,007 kg and 763 kg"), or in a clause that names its own product before it ("antimony oxide
   * exports were 3,389 t and metal exports 423 t"): the other products the sentence gives figures of
   * that way, which are the other figures', not this one's.
   */
  otherListedSeries?: string[];
  /**
   * A full-year claim whose sentence names a fiscal or reporting year ("FY2025") without saying it is
   * the calendar one: the year may run April to March, so the calendar year's figure cannot refute it.
   */
  fiscalYear?: true;
  /**
   * Readings the rest of the figure's sentence suggests besides its own and `alternatives`: another
   * destination, product or month the sentence names, another base (extract/sentence-readings.ts).
   * Weighed after the alternatives; most can only rescue the figure. Left off when there are none.
   */
  sentenceReadings?: Reading[];
  /**
   * What the words around the number leave uncertain about the reading chosen, weightiest first
   * (extract/cautions.ts); the checker decides what each costs (verify/doubts.ts). Left off when none.
   */
  cautions?: Caution[];
  /**
   * The number of the sentence (or line) the claim sits in, counted in the text read: claims with the
   * same number share a sentence, so the checker groups them without reading the text. Left off on
   * claims not read from a text (built from a stored figure).
   */
  sentence?: number;
  /**
   * For a figure the text credits to someone else and then disputes (caution `disputed`): whom the
   * text credits it to, in its own words ("some traders", "one trading house").
   */
  creditedTo?: string;
  /**
   * For a claim a fact-check lays out for review ("Claim: ..." followed by "Verdict: False"): the
   * ruling the text gives it, in its own words ("Mostly false"). The claim is checked all the same;
   * the verdict is shown beside the text's ruling (extract/reviewed-claims.ts).
   */
  reviewedAs?: string;
  mode: Mode;
}

/**
 * Why the words around a claim's number leave its reading uncertain (extract/cautions.ts):
 * - `split-number`: the number may be the end of a longer one ("3 188 tonnes", "3천188t");
 * - `difference`, `average`, `sum`, `range-end`: the words make the number a difference ("by 677 t",
 *   "370 t fewer"), an average or rate over several periods, a sum over several periods or
 *   destinations, or one end of a range; `rate` is the narrower average or rate ("averaged 4,676 t a
 *   month") that a month's figure equals only by chance, so it cannot support the level either;
 * - `each-month`: a bound said of each month of a span, or of some of them, not of its total;
 * - `rough-range`: a range told as a guess ("anywhere from");
 * - `ratio-to-other-period`: a percentage of another period's figure, not a share of the total;
 * - `against-average`: a change or share against an average of several months;
 * - `seasonal-rank`: a rank that may be among the same month of each year;
 * - `joined-months`, `joined-years`: the sentence joins two months or two years ("in May and June");
 * - `base-after-step`: the base month is named after "after", maybe an earlier step of the story;
 * - `revision`: the sentence speaks of a revision; `fiscal-words`: of a fiscal year;
 * - `shifted-month`: the sentence sets a month in another year ("the May before");
 * - `language`: the sentence as read is not in English; `written-language`: as written, when a
 *   reading copy put words into English ("5.493,9 toneladas");
 * - `buyer-imports`: the destination's own imports of the goods from every origin ("Japan's imports
 *   of magnets fell to 200 t"), in a sentence citing no Chinese customs: the buyer's own count;
 * - `series-unnamed`, `partner-unnamed`, `period-unnamed`: the sentence (or the table's head, or the
 *   sentence pointed back at) does not itself name the product, destination or period read;
 * - `continent`: the sentence names Europe, wider than the EU the data holds; `region`: a continent
 *   as customs draws it, which the writer may draw otherwise;
 * - `disputed`: the text credits the figure to someone else and then disputes it ("some traders
 *   said ...; the customs numbers tell a different story"): not the text's own statement, it is
 *   never checked as one, whatever the data gives (`creditedTo` names whose it is).
 */
export type Caution =
  | "disputed"
  | "split-number"
  | "difference"
  | "forecast-gap"
  | "each-month"
  | "average"
  | "rate"
  | "sum"
  | "part"
  | "range-end"
  | "rough-range"
  | "ratio-to-other-period"
  | "against-average"
  | "seasonal-rank"
  | "joined-months"
  | "joined-years"
  | "base-after-step"
  | "revision"
  | "fiscal-words"
  | "shifted-month"
  | "language"
  | "written-language"
  | "buyer-imports"
  | "series-unnamed"
  | "partner-unnamed"
  | "continent"
  | "region"
  | "period-unnamed";

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`: relative periods ("in November", "last month") resolve against it. */
  published?: string;
}

/** One row behind a verdict, with its source (DESIGN section 6). */
export interface ClaimEvidence {
  source: string;
  publisher: string;
  origin: string;
  url: string | null;
  period: string;
  partner: string;
  value: string;
  unit: string;
}

/** What the data says, in the same terms as the claim. */
export interface Actual {
  value?: number;
  pct?: number;
  unit?: string;
  rank?: number | null;
  streak?: number | null;
  highest_since?: string | null;
  lowest_since?: string | null;
  direction?: Direction | "flat";
  from?: { period: string; value: number };
  to?: { period: string; value: number };
}

export interface VerifiedClaim extends ExtractedClaim {
  actual: Actual | null;
  verdict: Verdict;
  explanation: string;
  tolerance: Tolerance | null;
  evidence: ClaimEvidence[];
  /** Independent origins in the store that report the same figure. */
  corroboration: string[];
}

export interface VerifyResult {
  published: string | null;
  claims: VerifiedClaim[];
  summary: Record<Verdict, number>;
}
