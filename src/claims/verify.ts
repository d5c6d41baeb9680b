// Verifies the trade figures a text states: read the claims, fetch every figure their readings need
// in one batch from analytics, check each claim under each plausible reading, then give a verdict
// with the figures, an explanation that says which reading was checked, the evidence rows and the
// independent origins that report the same figure (DESIGN sections 5 and 6).
//
// "Contradicted" needs certainty: the main reading must be named in the claim's own sentence, and
// no other plausible reading may support the figure or lack the data to judge it.

import { checkRecordGap } from "./verify/check-record-gap.js";
import {
  loadFigureBook,
  withRevisions,
  versionAhead,
  type EvidenceRow,
  type FigureBook,
  type Store,
} from "../analytics/figure-book.js";
import { keyId, type SeriesKey } from "../domain/series-key.js";
import { readClaims, type ReadClaims } from "./extract/extract-claims.js";
import type {
  ClaimEvidence,
  ExtractedClaim,
  Reading,
  Tolerance,
  Verdict,
  VerifiedClaim,
  VerifyResult,
} from "./types.js";
import {
  checkChange,
  checkDirection,
  checkLevel,
  checkShare,
  unverifiable,
  type Outcome,
} from "./verify/check-figures.js";
import { checkRank } from "./verify/rank/check-rank.js";
import { confirmedSubjects } from "./verify/confirmed-subject.js";
import { heldToRuns } from "./verify/first-in-run.js";
import {
  composedAbout,
  disputeAbout,
  disputedByText,
  doubtAbout,
  echoesAgreeingSource,
  notOneMonthsLevel,
  writtenLanguageDoubt,
  rowValue,
} from "./verify/doubts.js";
import { isCertain, readingsOf, sentenceReadingsOf, type PlannedReading } from "./verify/readings.js";
import { FISCAL_DOUBT, fiscalDoubts } from "./verify/fiscal-years.js";
import { unreleasedMonth } from "./verify/unreleased.js";
import { rankedLevelReadings } from "./verify/ranked-level.js";
import { siblingRanks, siblingReadings } from "./verify/sibling-series.js";
import { baseSettled, otherBase } from "./verify/stated-base.js";
import { movedOtherWay } from "./verify/share-move.js";
import { sourcesStatingChange, statedBy } from "./verify/stated-changes.js";
import { SWAPPED_DOUBT, swappedPairs } from "./verify/swapped-pairs.js";

export interface VerifyOptions {
  /** Publication date `YYYY-MM-DD`; relative periods resolve against it. */
  published?: string;
  /** Read the data as known on this date. */
  asOf?: string | null;
  /** Evidence rows listed per figure (agreeing rows first). Default 5. */
  evidencePerFigure?: number;
  /** Stops the check between batches of claims (a request past its time budget, a client gone). */
  signal?: AbortSignal;
}

/** Claims judged between two turns of the event loop, so a long text never holds up other work. */
const BATCH = 200;

/** Runs `work` over `items` in batches, letting other work run and honouring the signal in between. */
async function inBatches<T, R>(
  items: readonly T[],
  signal: AbortSignal | undefined,
  work: (item: T) => R,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    for (const item of items.slice(i, i + BATCH)) out.push(work(item));
  }
  return out;
}

/**
 * Extracts and checks every claim in `text`.
 * @example const r = await verifyClaims(store, "Magnet exports rose 12% in November.", { published: "2025-12-20" });
 *   r.claims[0].verdict // "supported"
 */
export async function verifyClaims(
  store: Store,
  text: string,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  // a text with a figure in digits will need the data: its version is read while the text is
  const version = /\d/.test(text) ? versionAhead(store) : undefined;
  // judged on the words the reader read, quoted as written
  const r = readClaims(text, { published: opts.published });
  const result = await check(store, r.claims, opts, version);
  return r.read === text ? result : { ...result, claims: result.claims.map((c) => quotedAsWritten(c, r)) };
}

/** A checked claim quoted as written, its explanation too ("stated 5.493,9 toneladas", not the read form). */
function quotedAsWritten(c: VerifiedClaim, r: ReadClaims): VerifiedClaim {
  const w = r.asWritten(c);
  const read = "raw" in c.stated ? c.stated.raw : undefined;
  const written = "raw" in w.stated ? w.stated.raw : undefined;
  if (read === undefined || written === undefined || read === written) return w;
  // the stated words only: the data's figure may print as the read form does ("stated l,106 t, data gives 1,106 t")
  const stated = `stated ${read.trim()}`;
  return w.explanation.includes(stated)
    ? { ...w, explanation: w.explanation.split(stated).join(`stated ${written.trim()}`) }
    : { ...w, explanation: w.explanation.split(read).join(written) };
}

/**
 * Checks claims that were already read (from a text, or built from a stored figure of a source).
 * @example await checkClaims(store, extractClaims(text, { published }), { published })
 */
export function checkClaims(
  store: Store,
  extracted: ExtractedClaim[],
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  return check(store, extracted, opts);
}

/** `checkClaims`, with the data version when it was asked for already (see `versionAhead`). */
async function check(
  store: Store,
  extracted: ExtractedClaim[],
  opts: VerifyOptions,
  version?: Promise<string>,
): Promise<VerifyResult> {
  const conventions = { months: baseConvention(extracted, true), all: baseConvention(extracted, false) };
  const planned = await inBatches(extracted, opts.signal, (c) => {
    const readings = readingsOf(c, c.period?.includes("..") === true ? conventions.all : conventions.months);
    const main = readings[0];
    return {
      claim: c,
      readings: main ? [...readings, ...sentenceReadingsOf(c, main), ...siblingReadings(main)] : readings,
    };
  });
  const keys = new Map<string, SeriesKey>();
  for (const r of planned.flatMap((p) => p.readings))
    for (const k of [r.key, { ...r.key, partner: "WLD" }]) keys.set(keyId(k), k);
  // a share the data holds no tonnages for may still be one a source stated (see `checkShare`), and
  // may beat a rank of a share (see `shareRank`)
  for (const p of planned)
    if (
      p.claim.stated.type === "share" ||
      (p.claim.stated.type === "rank" && p.claim.stated.measure === "share")
    )
      for (const r of p.readings)
        keys.set(keyId({ ...r.key, measure: "share" }), { ...r.key, measure: "share" });
  const book = await loadFigureBook(store, [...keys.values()], opts.asOf ?? null, version);
  const revised = withRevisions(book);
  // the publication date tells which later months of a year a rank's writer could see, unless the
  // sentence ranks the month as it stood then ("the highest of the year at that point")
  const seenOn = (c: ExtractedClaim | undefined) =>
    c?.stated.type === "rank" && c.stated.asItStood === true ? undefined : opts.published;
  const judgeAll = ({ claim, readings }: (typeof planned)[number]) => {
    // one sentence scan per claim, not one per reading
    const seen = seenOn(claim);
    const checked: Checked = [];
    for (const r of readings) {
      // a reading weighed only where the data holds nothing for the main one is checked only then
      // ("January" in a story of early February may be last January, not where this January is held)
      // ("In August, 11,217 kg, less than in July": where only July is missing, August is this year's)
      const main = checked[0];
      const unheld =
        main?.outcome.verdict === "unverifiable" &&
        main.outcome.actual === null &&
        (main.reading.period === null || book.point(main.reading.key, main.reading.period) === null);
      // ("Rare earth exports in November were 4,416 t" on 5 December: November's figures were not out
      // yet, so last November's, where the data holds it, is weighed though this November is held)
      const unreleased =
        main !== undefined &&
        unreleasedMonth(main.reading.period, opts.published, main.reading.key) !== null &&
        r.period !== null &&
        book.point(r.key, r.period) !== null;
      if (r.from?.unheld === true && !unheld && !unreleased) continue;
      checked.push({ reading: r, outcome: checkReading(book, r, seen) });
    }
    return judge(claim, checked, opts.published);
  };
  const judged = await inBatches(planned, opts.signal, judgeAll);
  /** Leaves claim `i` unverifiable, its explanation saying why the verdict it had is not certain. */
  const doubt = (i: number, why: (was: string) => string) => {
    const j = judged[i] as (typeof judged)[number];
    judged[i] = { ...j, verdict: "unverifiable", explanation: why(j.explanation) };
  };
  // a destination carried from earlier text no longer attaches to a sentence whose level shows whose it is
  for (const [i, dropped] of confirmedSubjects(extracted, judged)) {
    const p = planned[i] as (typeof planned)[number];
    const kept = p.readings.filter((r) => r.from === undefined || !dropped.has(r.from));
    judged[i] = judgeAll({ ...p, readings: kept });
  }
  // "The low point was May, at 46 tonnes": a rank is of whatever the tonnage said with it is the figure of
  const supportedOn = (j: number) => (judged[j]?.verdict === "supported" ? judged[j]?.reading : undefined);
  for (const [i, on] of rankedLevelReadings(extracted, supportedOn)) {
    const p = planned[i] as (typeof planned)[number];
    const main = p.readings[0];
    if (main === undefined) continue;
    const reading = { ...main, key: { ...main.key, series: on.key.series, partner: on.key.partner } };
    const whose = on.key.partner !== main.key.partner ? on.key.partner : on.key.series;
    const why = `the tonnage said with the rank is ${whose}'s figure (${on.why ?? "another reading"})`;
    const outcome = checkReading(book, reading, seenOn(p.claim));
    judged[i] = {
      ...outcome,
      reading: { ...reading, why },
      ...(outcome.verdict === "supported"
        ? { explanation: `on the reading that ${why}: ${outcome.explanation}` }
        : {
            verdict: "unverifiable",
            explanation: `ambiguous: ${why}; on that reading: ${outcome.explanation}`,
          }),
    };
  }
  // "a record 7,338 t, the highest since records began": a rank of the other total the tonnage is
  const fitsSibling = (k: number) => {
    const main = planned[k]?.readings[0];
    const other = main === undefined ? undefined : siblingReadings(main)[0];
    return other !== undefined && checkReading(book, other, seenOn(extracted[k])).verdict === "supported";
  };
  for (const i of siblingRanks(extracted, verdictsOf(judged), fitsSibling))
    doubt(
      i,
      (was) =>
        `ambiguous: ${was}; but the sentence's tonnage is the figure held for the other total of that name, so the rank may be that total's`,
    );
  // "The U.S. and Japan took 305 t and 582 t": two figures that fit only each other's destination
  for (const i of swappedPairs(
    extracted,
    planned.map((p) => p.readings[0]),
    supportedOn,
  ))
    doubt(i, (was) => `ambiguous: ${SWAPPED_DOUBT}; ${was}`);
  // "FY2025": a fiscal year may not be the calendar year, unless the sentence's own tonnage shows it is
  for (const i of fiscalDoubts(extracted, verdictsOf(judged)))
    doubt(i, (was) => `not certain: ${FISCAL_DOUBT}; on the reading checked: ${was}`);
  // "the first rise in three months": the run is checked on the reading that bore out the rise
  const outcomes = heldToRuns(extracted, judged, (run, move) => {
    const on = judged[move]?.reading ?? planned[move]?.readings[0];
    const main = planned[run]?.readings[0];
    if (on === undefined || main === undefined) return unverifiable("no reading of the run");
    return checkReading(book, { ...main, key: on.key, period: on.period }, seenOn(extracted[run]));
  });
  opts.signal?.throwIfAborted();
  const perFigure = opts.evidencePerFigure ?? 5;
  const rows = await book.evidence(outcomes.flatMap((o) => o.figures));
  let next = 0;
  const claims = await inBatches(
    outcomes.map((outcome, i) => ({
      outcome,
      claim: extracted[i] as ExtractedClaim,
      checkedOn: outcome.reading ?? planned[i]?.readings[0],
    })),
    opts.signal,
    ({ outcome, claim, checkedOn }): VerifiedClaim => {
      const figureRows = outcome.figures.map(() => rows[next++] ?? []);
      // a change a published source printed alike: who else reported it, never the data's own figure
      const statedAlike = sourcesStatingChange(book, claim, checkedOn);
      // another's figure the text disputes is never the text's statement; what the data gives is shown
      const disputed = disputedByText(claim);
      if (disputed)
        Object.assign(outcome, {
          verdict: "unverifiable",
          explanation: `not the text's own statement: ${disputed}; on the reading checked: ${outcome.explanation}`,
        });
      const composed = outcome.verdict === "contradicted" ? composedAbout(outcome.figures) : null;
      // a span made from totals released at different times refutes a change's direction that even
      // totals a twentieth off, which no revision is, would not turn; its size stays open
      const turned = checkedOn === undefined ? null : directionOf(checkedOn);
      const beyondRevisions =
        composed !== null &&
        turned !== null &&
        checkReading(revised, turned, seenOn(claim)).verdict === "contradicted";
      const dispute =
        outcome.verdict === "contradicted"
          ? ((beyondRevisions ? null : composed) ??
            disputeAbout(claim, outcome.figures, figureRows) ??
            echoesAgreeingSource(claim, outcome.figures, figureRows) ??
            (statedAlike.length > 0
              ? `${statedBy(statedAlike)} printed this change, which the data's levels do not bear out`
              : null) ??
            // a sentence the reading copy put into English words is still in its own language
            writtenLanguageDoubt(claim))
          : null;
      if (dispute)
        Object.assign(outcome, {
          verdict: "unverifiable",
          explanation: `not certain: ${dispute}; on the reading checked: ${outcome.explanation}`,
        });
      else if (beyondRevisions)
        outcome.explanation += `; ${composed}, but it would move the other way were each of those totals off by a twentieth`;
      else if (outcome.verdict === "contradicted" && outcome.figures.some((f) => f.point.conflict))
        outcome.explanation += "; wrong on every source's figures, though the sources disagree";
      else if (outcome.verdict === "unverifiable" && outcome.actual === null && statedAlike.length > 0)
        outcome.explanation += `; ${statedBy(statedAlike)} printed the same change, a source's own statement the data cannot check`;
      // a fact-check's reviewed claim is checked all the same; its verdict is shown beside the text's ruling
      if (claim.reviewedAs !== undefined)
        outcome.explanation = `the claim the text reviews, which it rates "${claim.reviewedAs}": ${outcome.explanation}`;
      const evidence = figureRows.flatMap((r) =>
        r
          .filter((x) => x.agrees)
          .slice(0, perFigure)
          .map(toEvidence),
      );
      const corroboration = new Set([
        ...(figureRows[0] ?? []).filter((r) => reportsStated(claim, r, outcome)).map((r) => r.origin),
        ...statedAlike.map((r) => r.origin),
      ]);
      return {
        ...readAs(claim, outcome.reading),
        actual: outcome.actual,
        verdict: outcome.verdict,
        explanation: outcome.explanation,
        tolerance: toleranceOf(claim),
        evidence,
        corroboration: [...corroboration].sort(),
      };
    },
  );
  const summary: Record<Verdict, number> = { supported: 0, contradicted: 0, unverifiable: 0 };
  for (const c of claims) summary[c.verdict]++;
  return { published: opts.published ?? null, claims, summary };
}

const verdictsOf = (judged: readonly { verdict: Verdict }[]) => judged.map((j) => j.verdict);

/**
 * The comparison base a text names for its changes, when it names only one kind ("from October",
 * "m/m" but never "year-on-year"): a change whose base goes unnamed follows the text's own habit.
 * A change over a span ("January to November, down 2% year on year") is set against the same span
 * a year before however the text counts its months' changes, so for a month's change the habit is
 * read from the months' changes alone (`monthsOnly`). A gap or ratio between two destinations or
 * products of the same month ("Germany's lead over the US was 868 t") compares no months: it shows
 * no habit.
 */
function baseConvention(claims: readonly ExtractedClaim[], monthsOnly: boolean): "mom" | "yoy" | null {
  const named = new Set<string>();
  for (const c of claims) {
    if (c.stated.type !== "change" || (c.grounds.basis !== "clause" && c.grounds.basis !== "sentence"))
      continue;
    // a gap or ratio between two destinations or products of one month names no base over time
    if (c.stated.versus !== undefined || c.stated.versusSeries !== undefined) continue;
    if (monthsOnly && c.period?.includes("..") === true) continue;
    named.add(c.stated.basis === "mom" || c.stated.basis === "yoy" ? c.stated.basis : "month");
  }
  if (named.size !== 1) return null;
  const [only] = named;
  return only === "mom" || only === "yoy" ? only : null;
}

const NOT_REPORTED: Record<string, string> = {
  forecast: "a forecast",
  target: "a target, plan or capacity",
  hypothetical: "a hypothetical",
  question: "a question",
  "other-reporter": "another country's own statistics",
  "other-exporter": "another country's own exports",
  company: "a company's own figure",
  correction: "a figure the text corrects",
  denied: "a rumour, or a report the text denies",
  "unnamed-importer": "imports, whose importer the text does not name",
  estimate: "a market participant's estimate",
  local: "a province's, port's or city's own figure",
  link: "the headline of another story the page links to, of a date the page does not give",
  unfinished: "a figure for a half or quarter that was not over when the text was published",
  "part-month": "a figure for part of a month, or counted to a day within one: customs publish whole months",
  "all-goods": "China's exports of all goods, not of one product",
};

/**
 * The claim as the reading that supported it reads it: when the figure fits only another destination,
 * product or month the text suggests ("the US" named a sentence before), that is what the claim is
 * reported as being about, as its explanation says. A part taken from that reading is `carried`:
 * plausible, not named with the figure.
 */
function readAs(claim: ExtractedClaim, reading: PlannedReading | undefined): ExtractedClaim {
  if (reading === undefined) return claim;
  const read = { series: reading.key.series, partner: reading.key.partner, period: reading.period };
  const grounds = { ...claim.grounds };
  for (const p of ["series", "partner", "period"] as const) if (read[p] !== claim[p]) grounds[p] = "carried";
  // a total read over a span, borne out as one month's figure, is that month's level
  const kind = claim.kind === "ytd" && read.period?.includes("..") !== true ? "level" : claim.kind;
  return { ...claim, ...read, kind, grounds };
}

type Checked = Array<{ reading: PlannedReading; outcome: Outcome }>;

/**
 * The verdict over every reading (`judgeReadings`); a figure said of each of several destinations
 * ("the US and Japan each took about 300 t") is borne out only when it is for every one of them.
 */
function judge(
  claim: ExtractedClaim,
  checked: Checked,
  published?: string,
): Outcome & { reading?: PlannedReading } {
  const each = checked.filter((c) => c.reading.from?.each === true);
  const out = judgeReadings(
    claim,
    checked.filter((c) => !each.includes(c)),
    published,
  );
  const main = checked[0];
  if (each.length === 0 || main === undefined) return out;
  // "India and Vietnam each took around 430 t": one round figure may be given for several that differ
  const s = claim.stated;
  if (out.verdict === "contradicted" && "hedge" in s && s.hedge === "about")
    return {
      ...out,
      verdict: "unverifiable",
      explanation: `not certain: one approximate figure said of each of several destinations may round them together; ${out.explanation}`,
    };
  if (out.verdict !== "supported") return out;
  const partners = new Set([main.reading.key.partner, ...each.map((e) => e.reading.key.partner)]);
  for (const partner of partners) {
    const mine = checked.filter((c) => c.reading.key.partner === partner);
    if (mine.some((c) => c.outcome.verdict === "supported" && !c.reading.supportsOnlyAmbiguity)) continue;
    const why = mine[0]?.outcome.explanation ?? "no reading of that destination";
    return {
      ...out,
      verdict: "unverifiable",
      explanation: `ambiguous: the figure is said of each destination named; ${out.explanation}; but for ${partner}: ${why}`,
    };
  }
  return out;
}

/**
 * The verdict over every reading: support from any, contradiction only from a certain reading that
 * no other saves. A verdict that rests on another reading than the main one names it (`reading`).
 */
function judgeReadings(
  claim: ExtractedClaim,
  checked: Checked,
  published?: string,
): Outcome & { reading?: PlannedReading } {
  if (claim.mode !== "reported")
    return unverifiable(
      `not a statement of China's customs figures: ${NOT_REPORTED[claim.mode] ?? claim.mode}`,
    );
  if (claim.series === null) return unverifiable("the text does not say which product the figure is for");
  if (claim.period === null) return unverifiable(noPeriod(published));
  const [main, ...alts] = checked;
  if (!main) return unverifiable("no reading of the claim could be checked");
  // a rate a month over a span is checked as the span's monthly average, which alone may bear it out
  const averaged = claim.stated.type === "level" && claim.stated.perMonth === true;
  if (averaged && main.outcome.verdict === "supported") return main.outcome;
  const rate = notOneMonthsLevel(claim);
  if (rate !== null && checked.some((c) => c.outcome.verdict === "supported"))
    return { ...main.outcome, verdict: "unverifiable", explanation: `not certain: ${rate}` };
  if (main.outcome.verdict === "supported") return main.outcome;
  const saving = alts.find((a) => a.outcome.verdict === "supported" && !a.reading.supportsOnlyAmbiguity);
  if (saving)
    return {
      ...saving.outcome,
      reading: saving.reading,
      explanation: `on the reading that ${saving.reading.why}: ${saving.outcome.explanation}`,
    };
  const either = alts.find((a) => a.outcome.verdict === "supported");
  if (either && main.outcome.verdict === "contradicted") {
    return {
      ...main.outcome,
      verdict: "unverifiable",
      explanation: `ambiguous: ${main.outcome.explanation}; but if ${either.reading.why}, ${either.outcome.explanation}`,
    };
  }
  if (main.outcome.verdict !== "contradicted") return main.outcome;
  // "the US and Japan together took 1,882 t": the combined total the words name is what is checked,
  // and one destination's figure says nothing of it; a sum that misses too is left open
  const sum = alts.find((a) => a.reading.key.partner.includes("+") && a.outcome.verdict === "contradicted");
  if (sum)
    return {
      ...main.outcome,
      verdict: "unverifiable",
      explanation: `ambiguous: ${main.outcome.explanation}; but if ${sum.reading.why}, ${sum.outcome.explanation}; a figure that may be a sum of destinations is not called wrong`,
    };
  if (!isCertain(claim)) {
    const unsure = (["series", "partner", "period"] as const).filter(
      (p) => claim.grounds[p] === "carried" || claim.grounds[p] === "default",
    );
    const unit = claim.grounds.unit;
    const why = [
      ...unsure.map(
        (p) => `${p} ${claim.grounds[p] === "carried" ? "carried over from earlier text" : "not named"}`,
      ),
      ...(claim.grounds.basis === "carried" ? ["comparison base not named for certain"] : []),
      ...(unit === "carried"
        ? ["unit read from a table's header or caption, not written with the figure"]
        : unit === "default"
          ? ["unit guessed from the figure's size"]
          : []),
    ].join(", ");
    return {
      ...main.outcome,
      verdict: "unverifiable",
      explanation: `ambiguous (${why}); on that reading: ${main.outcome.explanation}`,
    };
  }
  // a base figure the change states, the main reading's own, leaves no other base open
  const settled =
    claim.stated.type === "change" && main.reading.stated.type === "change"
      ? baseSettled(main.reading.stated, main.outcome)
      : false;
  const open = alts.find(
    (a) =>
      a.outcome.verdict === "unverifiable" &&
      !a.reading.rescueOnly &&
      !(settled && basisOnly(a.reading.from)),
  );
  if (open) {
    return {
      ...main.outcome,
      verdict: "unverifiable",
      explanation: `ambiguous: ${main.outcome.explanation}; but the text may mean that ${open.reading.why}, which the data cannot check (${open.outcome.explanation})`,
    };
  }
  const doubt = doubtAbout(claim);
  if (doubt)
    return {
      ...main.outcome,
      verdict: "unverifiable",
      explanation: `not certain: ${doubt}; on the reading checked: ${main.outcome.explanation}`,
    };
  return main.outcome;
}

/** An alternative that changes only the comparison base. */
const basisOnly = (r: Reading | undefined) =>
  r !== undefined &&
  r.basis !== undefined &&
  r.series === undefined &&
  r.partner === undefined &&
  r.period === undefined &&
  r.stated === undefined;

/** Why a figure has no period: the hint about a publication date only where none was given. */
const noPeriod = (published?: string) =>
  published === undefined
    ? "the text gives no period that can be resolved (no publication date?)"
    : "the text gives no period that can be resolved: no month, quarter or year goes with the figure";

/** A change's direction as a statement of its own ("fell 8.2%": a fall), or null for other kinds. */
function directionOf(r: PlannedReading): PlannedReading | null {
  const s = r.stated;
  if (s.type !== "change" || s.unit === "pp") return null;
  return { ...r, stated: { type: "direction", direction: s.direction, basis: s.basis, raw: s.raw } };
}

function checkReading(book: FigureBook, r: PlannedReading, published?: string): Outcome {
  if (r.period === null) return unverifiable(noPeriod(published));
  const s = r.stated;
  switch (s.type) {
    case "level":
      return checkLevel(book, r.key, r.period, s);
    case "change": {
      // a distance to the record ("1,748 t shy of the all-time peak") is taken from the record month
      if ((r.basis ?? s.basis) === "record") return checkRecordGap(book, r.key, r.period, s);
      const outcome = checkChange(book, r.key, r.period, r.basis ?? s.basis, s);
      return otherBase(s, outcome) ?? outcome;
    }
    case "direction":
      return checkDirection(book, r.key, r.period, r.basis ?? s.basis, s);
    case "share": {
      const outcome = checkShare(book, r.key, r.period, s);
      return movedOtherWay(book, r.key, r.period, s, outcome) ?? outcome;
    }
    case "rank":
    case "streak":
      return checkRank(book, r.key, r.period, s, published);
    default:
      return unverifiable(`this kind of statement (${(s as { type: string }).type}) is not checked yet`);
  }
}

/** True when an evidence row of the main figure reports what the claim states. */
function reportsStated(claim: ExtractedClaim, row: EvidenceRow, outcome: Outcome): boolean {
  const s = claim.stated;
  if (s.type === "level") {
    const v = rowValue(row);
    return (
      Number.isFinite(v) && (s.low === null || v >= s.low - 1e-9) && (s.high === null || v <= s.high + 1e-9)
    );
  }
  return outcome.verdict === "supported" && row.agrees;
}

function toleranceOf(claim: ExtractedClaim): Tolerance | null {
  const s = claim.stated;
  return "low" in s ? { low: s.low, high: s.high } : null;
}

function toEvidence(r: EvidenceRow): ClaimEvidence {
  return {
    source: r.source_id,
    publisher: r.publisher,
    origin: r.origin,
    url: r.url,
    period: r.period,
    partner: r.partner,
    value: r.value,
    unit: r.unit,
  };
}
