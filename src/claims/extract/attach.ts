// Attaches each figure of a clause to the words that own it: the destination named in its own part
// of the clause ("trailed by India at 416 tonnes", "Malaysia 210 t, India 390 t"), the product named
// in its noun phrase, and the period named right with it ("5% in October") or for the clause.
// The world total never takes a destination: "of a total of 6,150 t" stays the total.

import { ratioPartner, versusPartner } from "./partner-gap.js";
import type { PeriodMention } from "./periods.js";
import type { Mention, PartnerMention } from "./subjects.js";
import { temporalAside } from "./temporal-asides.js";
import { allMatches, latin1Stub } from "./all-matches.js";
import { ENGLISH_MONTH_NAME } from "./lexicon.js";
import { EARLIER_RATE_AFTER } from "./change-bases.js";

/** A figure's span in its clause. */
export interface Span {
  start: number;
  end: number;
}

/** The destination of the figure at `span`: a named partner, the total, or null (the clause does not say). */
export type PartnerAttachment =
  { partner: string; why: string } | { partner: "WLD"; why: string; total: true } | null;

const AFTER_TO =
  /^[^\d.;:]{0,24}?\b(?:to|for|bound for|destined for|headed (?:to|for)|went to|shipped to|going to|sent to|nach|in die|in den)\s(?:the\s)?$/i;
/**
 * A tonnage that arrived at its destination, told by the verb right after it: "46 tonnes reached the
 * US", "209 t of magnets arrived in Germany", "just 40 t made it to Japan".
 */
const ARRIVED_AT =
  /^\s(?:of\s(?:[\w-]+\s){1,3}?)?(?:reached|arrived\sin|landed\sin|made\sit\sto)\s(?:the\s)?$/i;
/**
 * Korean and Japanese put the figure first as the verb's object and the destination after it:
 * "갈륨 250kg을 독일에 수출했다", "250キロをドイツに輸出した" (exported 250 kg to Germany).
 */
const OBJECT_MARK = /^\s?(?:을|를|を)\s?$/;
const TO_EXPORTED = /^\s?(?:에|으로|로|に|へ|向けに)\s?(?:수출|보냈|선적|輸出|出荷)/;
/**
 * The figure's product named in full before the destination: "11,477 metric tons of rare earth
 * permanent magnets to Germany", "4,120 kg of the heavy rare earth dysprosium bound for Japan".
 */
const PRODUCT_THEN_TO =
  /^\s(?:of|worth of)\s(?:[A-Za-z'’-]+\s){1,6}?(?:to|bound for|destined for|shipped to|sent to|headed (?:to|for))\s(?:the\s)?$/;
/**
 * A move's noun, then the flow it is of and its destination: "a 28% jump in China's magnet shipments
 * to Japan", "a 9% fall in exports bound for the US".
 */
const MOVE_OF_FLOW_TO =
  /^\s(?:in|of)\s(?:China['’]s\s|Chinese\s)?(?:[A-Za-z'’-]+\s){0,4}?(?:exports|shipments|sales|deliveries|supplies|outflows)\s(?:to|bound for|destined for|headed (?:to|for))\s(?:the\s)?$/i;
/** Words after a figure that open a part of it, whose destination is the part's: "of which", "including". */
const PART_OPENS =
  /\b(?:of which|of whom|of that|of this|of these|of those|including|among (?:them|which|these)|within (?:that|this|which))\b/i;
/** Only a linking word between a weak mention and its figure: "India at 416 tonnes", "and Poland 75 t",
 * "India fifth at 416 tonnes", "Japan second with 305 t" (its place in a ranking between them). */
const DIRECT_LINK =
  /^(?:'s)?[\s:(,-]{0,3}(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)\s)?(?:(?:at|with|on|took|taking|received|bought|imported|got|was|were|came in at|stood at|reached|of)\s)?(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than|over|under)\s)?$/i;
/** Only a colon, a dash or "at" between a name and the figure it leads: "Vietnam 456 t", "Vietnam: 456 t". */
const LEADS =
  /^(?:'s)?\s?[:(–—-]?\s?(?:(?:at|with|on|of)\s)?(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than|over|under)\s)?$/i;
/** Past a comma, a clause's own subject that ends in its destination: ", exports to the ", ", and shipments bound for ". */
const NEW_SUBJECT_TO =
  /^[^\d;]*,\s(?:and\s|while\s|whereas\s)?(?:[a-z]+\s){0,2}?(?:exports?|shipments?|sales|deliveries|volumes?|cargoes|supplies|those|ones)\s(?:to|bound for|destined for|headed for|for)\s(?:the\s)?$/i;
/** Between that destination and its own figure: a few words of a verb and no figure ("reached", "came to about"). */
const OWN_VERB = /^\s(?:[a-z]+\s){1,3}$/i;
const VERSUS = /\b(?:vs\.?|versus|against|compar(?:ed|es?|ing) (?:with|to))\s/i;
/** "slipped 6.1%, after a 10% rise in August": an earlier move, with its own figure and month, told after this one. */
const EARLIER_MOVE = /\b(?:after|following)\s/i;
/**
 * Past the "after" phrase, the level the move itself ended at: "slumped after the curbs, to 1,238 t in
 * May", "rebounded after the truce, reaching 5,577 t in July". The month is that level's, the move's own.
 */
const MOVE_ENDS_AT =
  /,\s(?:(?:falling|dropping|sliding|sinking|rising|climbing|jumping|recovering|down|up)\s)?(?:to|reaching|hitting|at)\s(?:(?:about|around|some|roughly|nearly|almost|just)\s)?[~≈]?\d/i;
/**
 * "Exports surged before the rules took effect and collapsed in October": a month past a second move
 * the clause joins to the first ("and collapsed", "but fell", "then slid") is that move's.
 */
function laterMoveOwns(clause: string, figures: Span[], span: Span, p: Span): boolean {
  return figures.some(
    (g) =>
      g !== span &&
      ((g as { kind?: string }).kind === "direction" || (g as { kind?: string }).kind === "change") &&
      g.start >= span.end &&
      g.end <= p.start &&
      /\s(?:and|but|then)\s/i.test(clause.slice(span.end, g.start)),
  );
}

/** Whether the words between a move and a month tell an earlier move ("after a 10% rise in"), not the move's own end. */
function earlierMoveBetween(gap: string): boolean {
  const m = EARLIER_MOVE.exec(gap);
  return m !== null && !MOVE_ENDS_AT.test(gap.slice(m.index));
}

/** An aside between commas that describes what came before it: ", home to Europe's carmakers,". */
const PARTNER_ASIDE =
  /,\s(?:home to|where|which|whose|a country|an? (?:major|key|big)|itself|now|once|(?:the\s)?[\w.]+['’]s\s(?:biggest|largest|top|leading|main|chief|second|third|fourth|fifth|No\.))\b[^,;]{0,80},/gi;
// "its annual total", "their overall": a total a pronoun owns is the destination's spoken of; in
// Chinese, Japanese and Korean "出口总量", "輸出全体", "전체 수출" (the exports as a whole), "向全球出口"
// and "世界全体への輸出" (to the whole world), and German
// and Romance "Gesamtausfuhren", "insgesamt", "exportaciones totales"
const TOTAL_WORD =
  /\b(?<!\b(?:its|their)\s(?:[\w-]+\s){0,2})(?:total|overall|in all|all destinations|worldwide|globally|(?:China|Chinese)(?:'s)? (?:total |overall |outbound )?(?:[\w-]{1,20}\s){0,3}(?:exports|shipments))\b|\b(?:Gesamt(?:ausfuhren|exporte|menge|volumen)|insgesamt|totales|totali|totaux|totais)\b|(?:出口|輸出)(?:总量|總量|总额|總額|总计|總計|総量|総額|全体)|輸出全体|总出口|總出口|[向对對]全球(?:出口)?|世界全体|전체\s?수출|총\s?수출|수출\s?총량/gi;

/**
 * Before a rank, its subject the total: "August's total was", "the overall figure is", "Total exports
 * were", and the total its month or product qualifies: "The September magnet total was".
 */
const RANK_TOTAL_BEFORE = new RegExp(
  `(?:^|[^\\w\\s]\\s?|\\b(?:the|and|but|while)\\s|\\b(?:19|20)\\d{2}['’]s\\s|\\b[A-Z][a-z]+['’]s\\s)(?:(?:${ENGLISH_MONTH_NAME}|(?:19|20)\\d{2}|monthly|overall|combined|national|worldwide|export|magnet|rare[- ]earths?)\\s){0,3}(?:total|overall (?:figure|tally|volume|exports|shipments)|total (?:exports|shipments|figure|tally|volume))\\s(?:(?:was|is|were|are|had been|has been|marked|marks|set|sets|made|makes)\\s)(?:[\\w-]+\\s){0,3}$`,
  "i",
);
/** After a rank, the total it is of: "a second straight monthly drop for the total". */
/**
 * After a rank, the flow it is of with its destination: "the second-biggest month of 2025 for
 * China's magnet exports to the United States", "the weakest month in years for shipments bound for Japan".
 */
const RANK_FOR_TO =
  /^,?\s(?:for|in)\s(?:[\w'’-]+\s){0,6}?(?:to|bound for|destined for|headed for|going to)\s(?:the\s)?$/i;
const RANK_TOTAL_AFTER =
  /^\s(?:for|in|of)\s(?:the\s|China['’]s\s)(?:total|overall (?:exports|shipments|total)|total (?:exports|shipments))\b/i;

/** After a tonnage, words that make it the total: "5,473 t China exported in all", "6,150 t shipped overall". */
/**
 * A sum stated with the indefinite article: "a total of", "a 582-tonne total"; or as the verb's
 * complement, as translations from Korean and Chinese put it: "to the US was total 5,933 tons".
 */
const A_TOTAL = /\ba\s(?:[\d,.]+[- ](?:tonnes?|tons?|t)\s)?total$|\b(?:was|were|is|are)\stotal$/i;

const TOTAL_AFTER =
  /^\s(?:(?:that|which)\s)?(?:(?:China|Beijing)\s)?(?:exported|shipped|sold|sent(?: abroad)?)\s(?:in all|in total|overall|altogether|worldwide|to all (?:destinations|markets))\b/i;

/**
 * A percentage right before the tonnage it is taken of: "22% of the", "7.6 per cent of China's". Not a
 * fraction: "less than a tenth of the 689 t it sent us" compares two figures of one destination.
 */
const PERCENT_OF =
  /\d\s?(?:%|per ?cent|percent|pc)\sof\s(?:(?:the|all|a total of|China's|its)\s){0,2}(?:(?:about|around|some|roughly|nearly|almost)\s)?$/i;

/** The nouns a share is named by: "Germany's share", "the US portion", "the proportion for Japan". */
const SHARE_NOUN = /\b(?:share|portion|proportion|slice|piece|percentage|weight)\b/gi;
/** Between a destination and the share noun it owns: "Germany's share", "the US export share". */
const OWNER_BEFORE = /^(?:['’]s)?\s(?:(?:total|overall|combined|export|market|own)\s)?$/i;
/** Between a share noun and the destination it is of: "share for Japan", "proportion of exports going to the US". */
const OWNER_AFTER =
  /^\s(?:(?:of|in)\s(?:[\w'’-]+\s){0,5}?)?(?:for|to|going to|bound for|destined for|headed to|taken by|held by|sent to|shipped to)\s(?:the\s)?$/i;
/** Between a destination and the figure its share is of: "Japan's share of China's total", "Vietnam's slice of the". */
const SHARE_BASE =
  /^(?:['’]s)?\s(?:(?:total|overall|combined|export|market|own)\s)?((?:share|portion|proportion|slice|piece|percentage)\sof)\s[^\d;:]{0,60}$/i;
/**
 * After a share, the verb that says where that part went: "a fifth of China's magnet exports in
 * August went to Germany", "in August 2025 went to Germany" (a year is no figure of its own).
 */
const SHARE_WENT_TO =
  /^(?:[^\d;:]|\b(?:19|20)\d{2}\b){0,80}?\b(?:went|go|goes|headed|was sent|were sent|was shipped|were shipped|was exported|were exported|was destined|were destined|was bound|were bound|ended up|flowed|was delivered|were delivered)\s(?:to|for|in)\s(?:the\s)?$/i;

/**
 * The destination a share (or a change of a share in points) is of: one named in the share's own
 * words ("the proportion for the United States stood at 9.5 per cent"), the owner of the share noun
 * before it ("the US share ... fell 2.5 percentage points"), or where the part went ("one in five
 * magnets China exported in August was bound for Germany"). Null when the words do not say.
 */
function shareOwner(
  clause: string,
  partners: PartnerMention[],
  span: Span,
  figures: Span[],
): PartnerMention | null {
  // a name that leads the share's own words ("and India 7.6 pc") owns it, whatever word is before it
  const inside = partners.find(
    (p) => p.start >= span.start && p.end <= span.end && (!p.weak || p.start - span.start <= 4),
  );
  if (inside) return inside;
  let noun: RegExpExecArray | null = null;
  for (const m of allMatches(SHARE_NOUN, clause)) if (m.index < span.end) noun = m as RegExpExecArray;
  if (noun !== null) {
    const at = noun.index;
    const end = at + noun[0].length;
    const owner =
      partners.filter((p) => p.end <= at && OWNER_BEFORE.test(clause.slice(p.end, at))).pop() ??
      partners.find(
        (p) => p.start >= end && p.start < span.start && OWNER_AFTER.test(clause.slice(end, p.start)),
      );
    if (owner) return owner;
  }
  // "just over a fifth went to Germany": the share's own words may end in the verb
  const wentTo = /\b(?:went|was sent|were sent|was shipped|were shipped|headed|ended up)\sto$/i.test(
    clause.slice(span.start, span.end),
  );
  return (
    partners.find(
      (p) =>
        p.start >= span.end &&
        (SHARE_WENT_TO.test(clause.slice(span.end, p.start)) ||
          (wentTo && /^\s(?:the\s)?$/i.test(clause.slice(span.end, p.start)))) &&
        !figures.some((f) => f.start >= span.end && f.start < p.start),
    ) ?? null
  );
}

/** Between a tonnage and a share said of it: "416 t, or 7.6%", "416 t (7.6%)". */
const SHARE_OF_PART =
  /^(?:,\s(?:or\s|which\s(?:is|was|makes up|made up|represents|represented|amounts to|amounted to|equals|equalled|equaled)\s)?|\s\(|\sor\s)(?:(?:about|around|some|roughly|nearly|almost|just over|just under)\s)?$/i;

/**
 * The destination that owns the figure at `span`. A destination right after the figure ("582 t to
 * the US"), else the last one before it in the clause; a total named between them wins. A share
 * (`kind` "share", or a change of a share in points) is of the destination its own words name.
 */
export function attachPartner(
  clause: string,
  partners: PartnerMention[],
  span: Span,
  kind: string,
  figures: Span[],
): PartnerAttachment {
  if (kind === "share") {
    const owner = shareOwner(clause, partners, span, figures);
    if (owner) return { partner: owner.value, why: clause.slice(owner.start, owner.end) };
    // "with India fifth at 416 tonnes, or 7.6 per cent of the total": the share of the tonnage before it
    const part = figures
      .filter((g) => g.end <= span.start && (g as { level?: boolean }).level === true)
      .pop();
    const of =
      part && SHARE_OF_PART.test(clause.slice(part.end, span.start))
        ? attachPartner(clause, partners, part, "level", figures)
        : null;
    // ... not of a total it is taken of ("out of a total of 5,577 t, nearly two tonnes in five")
    if (of !== null && !("total" in of)) return of;
  }
  // the destinations a ratio or a difference in tonnes is taken against, found once when first asked
  let against: Array<PartnerMention | null> | undefined;
  const takenAgainst = () =>
    (against ??= [
      ratioPartner(clause, span.start, span.end, partners),
      versusPartner(clause, span.end, partners),
    ]);
  const after = partners.find(
    (p) =>
      p.start >= span.end &&
      ((p.start - span.end <= 48 && AFTER_TO.test(clause.slice(span.end, p.start))) ||
        (p.start - span.end <= 72 && PRODUCT_THEN_TO.test(clause.slice(span.end, p.start))) ||
        (kind === "level" && p.start - span.end <= 40 && ARRIVED_AT.test(clause.slice(span.end, p.start))) ||
        (kind === "change" &&
          p.start - span.end <= 72 &&
          MOVE_OF_FLOW_TO.test(clause.slice(span.end, p.start))) ||
        (p.start - span.end <= 4 &&
          OBJECT_MARK.test(clause.slice(span.end, p.start)) &&
          TO_EXPORTED.test(clause.slice(p.end, p.end + 12)))) &&
      // "434 t higher than those to the US": the destination compared with is not the figure's
      !/\b(?:than|versus|vs)\b/i.test(clause.slice(span.end, p.start)) &&
      // "1.5 times the level to India", "277 t below those to the US": nor the destination a ratio
      // or a difference in tonnes is taken against
      !(
        kind === "change" && takenAgainst().some((x) => x !== null && x.start <= p.start && p.end <= x.end)
      ) &&
      // "China's exports (5,774 t) went mainly to Germany": a figure in brackets is its noun's, the total
      !/^\s?\)/.test(clause.slice(span.end, p.start)) &&
      !figures.some((f) => f.start >= span.end && f.start < p.start) &&
      // "$301.8 million, of which exports to the EU were worth ...": a part of the figure opens there
      !PART_OPENS.test(clause.slice(span.end, p.start)) &&
      // "854 t in September, to Vietnam 456 t and to the US 420.5 t": past a comma or "and", a name that
      // leads a figure of its own is that figure's
      !(
        /,|\band\b/.test(clause.slice(span.end, p.start)) &&
        figures.some((f) => f.start >= p.end && LEADS.test(clause.slice(p.end, f.start)))
      ) &&
      // "rose to 1,118 t, exports to the US reached 656 t": a new clause's subject, with a figure of its own
      !(
        NEW_SUBJECT_TO.test(clause.slice(span.end, p.start)) &&
        figures.some(
          (f) => f.start >= p.end && f.start - p.end <= 40 && OWN_VERB.test(clause.slice(p.end, f.start)),
        )
      ),
  );
  if (after) return { partner: after.value, why: clause.slice(after.start, after.end) };
  const rankFor =
    kind === "rank"
      ? partners.find(
          (p) =>
            p.start >= span.end &&
            p.start - span.end <= 90 &&
            RANK_FOR_TO.test(clause.slice(span.end, p.start)) &&
            !figures.some((f) => f.start >= span.end && f.start < p.start),
        )
      : undefined;
  if (rankFor) return { partner: rankFor.value, why: clause.slice(rankFor.start, rankFor.end) };
  // "22% of the 6,146 t shipped": the tonnage a share is taken of is the whole
  const base =
    kind === "level" ? PERCENT_OF.exec(clause.slice(Math.max(0, span.start - 60), span.start)) : null;
  if (base) return { partner: "WLD", why: base[0].trim(), total: true };
  let best: PartnerMention | null = null;
  const asides = allMatches(PARTNER_ASIDE, clause.slice(0, span.start)).map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const p of partners) {
    if (p.end > span.start) break;
    // "shipments to Germany, home to Europe's biggest carmakers, were 1,288 t": the aside names no destination
    if (asides.some(([a, b]) => p.start > (a as number) && p.end < (b as number))) continue;
    const gap = clause.slice(p.end, span.start);
    // "and Japan 232 t, an increase of 110 t": a name that leads a figure of its own is a
    // destination, not an actor, for the figures said of it after that one too
    const leads = figures.some(
      (g) => g.start >= p.end && g.end <= span.start && DIRECT_LINK.test(clause.slice(p.end, g.start)),
    );
    if (best !== null && outrankedBefore(clause, best, p, gap)) continue;
    if (!p.weak || leads || DIRECT_LINK.test(gap) || /^,?\s(?:where|which|whose)\s/.test(gap)) best = p;
  }
  const from = best === null ? 0 : best.end;
  // "a 7.6% share of the 5,473 tonnes China exported in all": what the figure's own words call the total
  const totalAfter = kind === "level" ? TOTAL_AFTER.exec(clause.slice(span.end, span.end + 60)) : null;
  if (totalAfter) return { partner: "WLD", why: totalAfter[0].trim(), total: true };
  if (kind === "rank" && best === null) {
    // "August's total was the highest ever recorded", "a second straight monthly drop for the
    // total": a rank the words say is the total's ("that total", "its total" point elsewhere)
    const before = clause.slice(0, span.start);
    const after = clause.slice(span.end);
    const total =
      (latin1Stub(before) ? null : RANK_TOTAL_BEFORE.exec(before)) ??
      (latin1Stub(after) ? null : RANK_TOTAL_AFTER.exec(after));
    if (total) return { partner: "WLD", why: total[0].trim(), total: true };
  }
  if (kind !== "share" && kind !== "rank") {
    // "Japan's share of China's total 6,150 t": the figure a share is of is the total
    const base =
      best === null || kind !== "level" ? null : SHARE_BASE.exec(clause.slice(best.end, span.start));
    if (base) return { partner: "WLD", why: base[1] as string, total: true };
    const between = clause.slice(from, span.start);
    // "Japan took 5% of all Chinese shipments, more than double June's": past a comma or "and", the total a
    // share was taken of is that share's whole, not the subject of the figures after it (but
    // "..., which totalled 6,150 t" goes on about the total); "shipments to the US came to a total
    // of 582 t", "a 582-tonne total": a sum the destination's figure is stated as, not China's total
    const total = allMatches(TOTAL_WORD, between).find(
      (m) =>
        !(
          /\bof\s(?:the\s|all\s|its\s)*$/i.test(between.slice(0, m.index)) &&
          // a comma in a figure ("5,473 t") ends no clause; "and" joins the next figure said of the
          // subject ("about 42% of the total and more than four times the US volume")
          /(?<!\d),(?!\d|\s(?:which|that)\b)|\s(?:and|but)\s/.test(between.slice(m.index))
        ) && !(best !== null && A_TOTAL.test(between.slice(0, m.index) + m[0])),
    );
    // "the US's total", "the quarter's US total": a total the destination's name owns or qualifies is its own,
    // as is the total Chinese says went to it ("对美国的稀土出口总量": the whole of what went to the US)
    if (total && (best === null || !(OWN_TOTAL.test(clause.slice(best.end)) || cjkOwnTotal(clause, best))))
      return { partner: "WLD", why: total[0], total: true };
  }
  return best === null ? null : { partner: best.value, why: clause.slice(best.start, best.end) };
}

/** Between two destinations, a verb by which the first outranks the second: " overtook the ", " beat ". */
const OUTRANKS =
  /^\s(?:(?:narrowly|just|easily|comfortably)\s)?(?:overt(?:ook|akes|aking)|pass(?:ed|es|ing)|outpac(?:ed|es|ing)|outstrip(?:ped|s|ping)|outs(?:old|hipped|bought)|beat(?:s|ing)?|surpass(?:ed|es|ing)|eclips(?:ed|es|ing)|leapfrog(?:ged|s|ging)|pipp(?:ed|ing)|edg(?:ed|es|ing)\sout|nudg(?:ed|es|ing)\sout|displac(?:ed|es|ing)|trail(?:ed|s|ing)|lagg(?:ed|ing)\sbehind|lags\sbehind)\s(?:the\s)?$/i;
/** After the one outranked, the figure's own phrase: "in October, taking 1,118 t", " with 854 t". */
const SUBJECT_FIGURE_AFTER =
  /^(?:\s(?:in|during|last|this)\s[\w\s]{1,24}?)?,?\s(?:(?:after\s)?(?:taking|receiving|buying|importing|absorbing)|with|at)\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than|over|under)\s)?$/i;

/**
 * "The US overtook Germany in October, taking 1,118 t", "Vietnam trailed Korea, with 456 t": the
 * figure after the one outranked is the subject's; the one outranked is only its yardstick.
 */
function outrankedBefore(clause: string, subject: PartnerMention, p: PartnerMention, gap: string): boolean {
  return OUTRANKS.test(clause.slice(subject.end, p.start)) && SUBJECT_FIGURE_AFTER.test(gap);
}

/**
 * The destinations outranked before a figure that is its subject's ("The US overtook Germany in
 * October, taking 1,118 t": Germany), read from `head`, the words up to the figure.
 */
export function outrankedBy(head: string, partners: PartnerMention[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < partners.length; i++) {
    const [a, b] = [partners[i - 1] as PartnerMention, partners[i] as PartnerMention];
    if (outrankedBefore(head, a, b, head.slice(b.end))) out.push(b.value);
  }
  return out;
}

/** After a destination, words that make the total its own: "the US's total", "the quarter's US total". */
const OWN_TOTAL = /^(?:'s\b|\s(?:total|tally)\b)/;
/** After a destination "对"/"對"/"向" names, its exports' total in the same phrase: "的稀土出口总量". */
const CJK_OWN_TOTAL = /^的?[^，,。；、\s\d]{0,8}?(?:出口|輸出)(?:总量|總量|总额|總額|总计|總計)/;

/** Whether Chinese names the destination with "对"/"向" before it and its exports' total right after it. */
function cjkOwnTotal(clause: string, best: { start: number; end: number }): boolean {
  return /[对對向]$/.test(clause.slice(0, best.start)) && CJK_OWN_TOTAL.test(clause.slice(best.end));
}

/**
 * An aside inside commas, brackets or paired dashes (", a category dominated by magnets,", "rare
 * earths – raw material for magnets – rose", "rare earth products, the magnets at the heart of the
 * dispute among them, fell") names no subject.
 */
const ASIDE =
  /,\s(?:a|an|which|including|mostly|mainly|largely|chiefly|led by|dominated by|of which|excluding|not)\b[^,;]{0,90},|,\s[^,;]{1,90}?\s(?:among them|included),|\([^()]{0,90}\)|\s[–—]\s[^–—,;]{1,90}?\s[–—]\s/g;

/** Words that make the product after them a modifier of the noun before ("magnets made with rare earths"). */
const MODIFIER_BEFORE =
  /\b(?:made (?:with|from|of|using)|containing|contain|using|based on|derived from|that (?:use|uses|contain|contains)|which (?:use|uses|contain|contains))\s(?:(?:the|some|heavy|light)\s)?$/i;
const WIDER_MAGNETS = "rare-earth-magnets-incl-powder-alloy";
const QUALIFIER = /^(?:including|incl|plus|counting)\b|\bincluded$/i;

/**
 * "Including powder and alloy, ...": a qualifier that widens the magnet line for its own clause's
 * figures, not a product the text goes on to speak of.
 */
export const widensMagnets = (clause: string, s: Mention<string>): boolean =>
  s.value === WIDER_MAGNETS && QUALIFIER.test(clause.slice(s.start, s.end));

/** A tonnage and "of" right before a product: the product it is "of" ("6,150 t of rare earths"). */
const OF_AFTER_TONNAGE = /\d\s?(?:t|tonnes?|tons?|kg|kilograms?)\sof\s(?:[A-Za-z’'-]+\s){0,2}$/i;
/** The words between a figure and the product it is "of": "22,000 tons of magnets", "5,000 t of China's ...". */
const OWN_OF = /^\s(?:of|worth of)\s(?:[A-Za-z’'-]+\s){0,2}$/;
/** Between a part and the product of the whole it is taken of: " of October's 3.5 t of ". */
const PART_OF_WHOLE = new RegExp(
  `^\\s(?:t|tonnes?|tons?|kg)?\\s?of\\s(?:(?:${ENGLISH_MONTH_NAME})['’]s|(?:that|the)\\smonth['’]s|the)\\s[\\d,.]+\\s?(?:t|tonnes?|tons?|kg)\\sof\\s$`,
);

/**
 * The product named for the figure: the nearest name before it in the clause outside an aside,
 * else the first after it; the other names are alternative readings.
 */
export function attachSeries(
  clause: string,
  series: Mention<string>[],
  span: Span,
): { chosen: Mention<string> | null; others: string[]; included: string[] } {
  // "rare-earth products, such as magnets, came to ...": a product named as a part of the one before
  const partOf = (whole: Mention<string>, x: Mention<string>) =>
    x.start > whole.end && namedAsPart(clause.slice(whole.end), x.start - whole.end);
  const asides =
    series.length > 1
      ? allMatches(ASIDE, clause.slice(0, span.start)).map((m) => [m.index, m.index + m[0].length])
      : [];
  const outside = (s: Mention<string>) =>
    !asides.some(([a, b]) => s.start >= (a as number) && s.end <= (b as number));
  // "magnets made with rare earths": a product named after "made with", "containing" modifies the
  // head noun; it is the subject only when the clause names no other
  const head = (s: Mention<string>) =>
    !MODIFIER_BEFORE.test(clause.slice(Math.max(0, s.start - 24), s.start)) ||
    series.every((x) => x === s || MODIFIER_BEFORE.test(clause.slice(Math.max(0, x.start - 24), x.start)));
  let chosen: Mention<string> | null = null;
  for (const s of series)
    if (s.end <= span.start && outside(s) && head(s) && !(chosen !== null && partOf(chosen, s))) chosen = s;
  // "32,000 tons of rare earths and 22,000 tons of magnets": the product a figure is "of" is its own;
  // "2.7 t of October's 3.5 t of dysprosium": a part's product is that of the whole it is taken of
  const own = series.find(
    (s) =>
      s.start >= span.end &&
      (OWN_OF.test(clause.slice(span.end, s.start)) || PART_OF_WHOLE.test(clause.slice(span.end, s.start))),
  );
  if (own) chosen = own;
  // "Germany's share of China's magnet exports was 30%": a name inside the figure's words, else after
  // it, but not one past another figure ("32,000 t of separation products and 22,000 t of magnets")
  chosen ??=
    series.find(
      (s) =>
        s.start >= span.start &&
        head(s) &&
        !/\d/.test(clause.slice(span.end, s.start)) &&
        // "29,379 t, of which antimony oxide ...": the product of a part opened after the figure is the part's
        !(s.start >= span.end && PART_OPENS.test(clause.slice(span.end, s.start))),
    ) ?? null;
  // a qualifier anywhere in the clause ("Including powder and alloys, magnet exports ...") widens the magnet line
  const wider = series.find((s) => widensMagnets(clause, s));
  if (wider && chosen?.value === "rare-earth-magnets") chosen = wider;
  // "gallium exports at 10.089 t, rare earth exports at 20.1% below ..., and terbium exports at 4.12 t":
  // a product with a figure of its own (before this figure, or after it and before the next product)
  // is its own item's, no other reading of this one
  const itsOwn = (x: Mention<string>) => {
    // "5,494 t of magnets and 6,150 t of rare earths": each tonnage names the product it is "of"
    if (
      own !== undefined &&
      x !== own &&
      OF_AFTER_TONNAGE.test(clause.slice(Math.max(0, x.start - 40), x.start))
    )
      return true;
    if (x.end <= span.start) return FIGURE_BETWEEN.test(clause.slice(x.end, span.start));
    const next = series.find((y) => y.start >= x.end);
    return FIGURE_BETWEEN.test(clause.slice(x.end, next?.start ?? x.end + 80));
  };
  const others = [
    ...new Set(
      series.filter((s) => s !== chosen && s.value !== chosen?.value && !itsOwn(s)).map((s) => s.value),
    ),
  ];
  // "rare-earth products, including magnets, rose to 6,958 t": a part of the subject named as such
  const included = others.filter((o) =>
    series.filter((x) => x.value === o).every((x) => chosen !== null && partOf(chosen, x)),
  );
  return { chosen, others, included };
}

/**
 * The product named at `at` is named as a part of another ("rare-earth products, including magnets",
 * "..., which include magnets"): the words before it say so.
 */
export const namedAsPart = (text: string, at: number): boolean =>
  INCLUDED_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ||
  (/(?:,|\(|\s[–—])\s?$/.test(text.slice(Math.max(0, at - 3), at)) && includedAfter(text.slice(at)));

/** A product set off after the whole it belongs to and called a part: "rare-earth products, magnets included". */
export const includedAfter = (rest: string): boolean =>
  /^(?:[\w-]+\s){1,3}?(?:included|inclusive)\b/i.test(rest);

/** Words that name a part of the subject before it: "including", "such as", "which include". */
const INCLUDED_BEFORE =
  /\b(?:including|incl\.?|such as|notably|among them|(?:which|that)\s(?:include[sd]?|cover(?:s|ed)?))\s(?:[\w-]+\s){0,2}$/i;

/** A figure of its own (not a year): "10.089 tonnes", "20.1%", "1,118". */
const FIGURE_BETWEEN =
  /(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))\d[\d,.]*\s?(?:%|per\s?cent|t\b|tonnes?|tons?|kg)/i;

/**
 * Between a rise or fall and the level it went to: "rising 6% to 55,400 t", "up 8% at about 4,000 t",
 * "slipped by 11.5% to 4,181 t".
 */
const REACHED_LEVEL =
  /^\s(?:by\s\d[\d.,]*\s?%\s)?(?:to|at)\s(?:(?:about|around|roughly|some|nearly|almost|just|only)\s)?$/i;

/** A tonnage and the preposition that dates it, right before a period: "4,416 t in". */
const TONNAGE_IN = /\d[\d,.]*\s?(?:t|tonnes|tons|metric tons|kg|kt)\s(?:in|during|for)\s$/i;

/**
 * Words between a figure and the period that is its own: "5% in October", "12% year on year in
 * November", "12% last October", "29,379 t were shipped over January-August", "halved again in May", and past the quotation mark that closes quoted words ("\u201ccollapsed
 * by a third\u201d in September").
 */
const OWN_GAP =
  /^\s(?=last (?:month|year)\b)|^\s(?:last|this)\s(?=[A-Z][a-z])|^["\u201d]?[,\s]{0,3}(?:(?:year[- ]on[- ]year|y\/y|yoy|month[- ]on[- ]month|m\/m|on (?:the )?(?:year|month)|from a year (?:earlier|ago)|[\w-]+ly|again|once (?:again|more)|further|also|too|(?:(?:was|were|had been|have been|has been)\s)?(?:shipped|exported|sent|sold|recorded|seen|reported|delivered))[,\s]{1,3})?(?:in|during|for|of|over|throughout|across|between)\s/i;

/**
 * The figure's own period: one named right after it and before the next figure ("fell 5% in
 * October"), a possessive right before it ("September's 5,774 t"), else the nearest before it.
 * A period inside a later share's own words is that share's unless `shares` is set.
 */
export function attachPeriod(
  clause: string,
  periods: PeriodMention[],
  span: Span,
  figures: Span[],
  kind?: string,
  shares = false,
): PeriodMention | null {
  // "April's 2,626 t" after a figure names the month of the figure it owns, not of the one before it;
  // before a figure it is the subject ("November's 6,150 t was the highest since March")
  const mains = periods.filter(
    (p) =>
      !(
        /^'s\b/.test(clause.slice(p.end, p.end + 3)) &&
        figures.some((f) => f !== span && POSSESSIVE_GAP.test(clause.slice(p.end, f.start)))
      ),
  );
  const next = figures
    .filter((f) => f.start >= span.end)
    .reduce((m, f) => Math.min(m, f.start), Number.POSITIVE_INFINITY);
  const own = mains.find(
    (p) =>
      p.start >= span.end &&
      p.start < next &&
      p.start - span.end <= 40 &&
      (OWN_GAP.test(clause.slice(span.end, p.start) + clause.slice(p.start, p.start + 12)) ||
        // "582 t (Nov)", "656 t (October 2025)": a period alone in brackets right after the figure
        (/^\s?\($/.test(clause.slice(span.end, p.start)) && /^\.?\)/.test(clause.slice(p.end)))),
  );
  if (own) return own;
  // "between May (235 t) and December": a figure in brackets inside the span's words is of the span's
  // first month (`pairOf` reads which)
  const around = periods.find((p) => p.shape === "range" && p.start < span.start && span.end < p.end);
  if (around) return around;
  // a period in another figure's brackets ("Germany 1,106 t (Nov: n/a), South Korea 815 t") is that one's aside
  // so is a period in a relative aside set off by commas ("the US, which took 877 t in January, got 564 t")
  // but brackets in a label before any figure ("YTD (Jan-Aug): 34,041 t", "Cumulative (Jan-Oct) exports
  // reached ...") date the figures the label leads to
  const aside = (p: PeriodMention) =>
    (inBrackets(clause, p) && !inBrackets(clause, span, p) && !bracketedLabel(clause, p, figures)) ||
    outsideRelative(clause, p, span);
  // a share "of the August total", "of September's volume": a period inside the share's own words
  const inside =
    kind === "share" ? periods.find((p) => p.start >= span.start && p.end <= span.end) : undefined;
  if (inside) return inside;
  let before: PeriodMention | null = null;
  // "which stood at 3,326 t in December, rose to 5,294 t in January": a period that is an earlier
  // level's own ("3,326 t in December") dates that level, not a rise or fall that names a month after it
  const dates = (g: Span, p: PeriodMention) =>
    g !== span &&
    (g as { level?: boolean }).level === true &&
    g.end <= p.start &&
    p.start - g.end <= 40 &&
    OWN_GAP.test(clause.slice(g.end, p.start) + clause.slice(p.start, p.start + 12));
  // ... only when the rise or fall goes on to a level with a month of its own ("to 5,294 t in January"):
  // the next figure after it, not one further on ("12.2 t in October, roughly triple September's
  // 4.45 t, then 4,045 kg in November" is October's multiple of its base)
  const following = figures
    .filter((g) => g.start >= span.end)
    .reduce<Span | null>((m, g) => (m === null || g.start < m.start ? g : m), null);
  const later = following !== null && mains.some((p) => dates(following, p));
  // "rose 12.9% to 62,580 t, after rising 6% to 55,400 t in 2024": a rise or fall that goes on to a
  // level dated by its own period is of that period, whatever the clause named before it
  const reached =
    (kind === "direction" || kind === "change") &&
    following !== null &&
    REACHED_LEVEL.test(clause.slice(span.end, following.start))
      ? mains.find((p) => dates(following, p))
      : undefined;
  if (reached !== undefined) return reached;
  const earlierOwn = (p: PeriodMention) =>
    (kind === "direction" || kind === "change") &&
    later &&
    (figures.some((g) => g.end <= span.start && dates(g, p)) ||
      TONNAGE_IN.test(clause.slice(Math.max(0, p.start - 30), Math.min(p.start, span.start))));
  // a period inside the figure's own words ("higher in November than a month earlier") counts as before it
  // a month in a temporal aside ("as traders digested September's data") is the aside's: taken only
  // when nothing else dates the figure, and then as a reading that is not certain
  let temporal: PeriodMention | null = null;
  for (const p of periods)
    if (p.end <= span.end && !aside(p) && !earlierOwn(p) && !pairAfterBase(clause, p, span)) {
      if (temporalAside(clause, p, span)) temporal = p;
      else before = p;
    }
  if (before) return before;
  if (temporal) return { ...temporal, unnamed: true };
  // "that month" points back to a period named earlier, not to the next one in the clause
  if (/\b(?:that|the same|this) (?:month|period)\b/i.test(clause.slice(0, span.end + 16))) return null;
  // "US: 582 t (Oct: 656 t)": a period that labels a later figure is that figure's, not this one's;
  // "353t vs 46t in May": a period after a figure set against this one is that figure's
  // "305 tonnes, up 79% on October, more than doubled the 131 tonnes it received in June": a period
  // past a tonnage set against this figure (a base: "than", "from", "doubled the") is that tonnage's,
  // and past a share set against this share ("5.4% of the total, down from a 12.1% share in May") that share's
  const owner = (p: PeriodMention) =>
    figures.some(
      (g) =>
        g !== span &&
        ((g as { level?: boolean }).level === true ||
          (kind === "share" && (g as { kind?: string }).kind === "share")) &&
        g.start >= span.end &&
        g.end <= p.start &&
        BASE_FIGURE_BEFORE.test(clause.slice(Math.max(0, g.start - 30), g.start)),
    );
  // "2,400 t, or 12% of China's March shipments": a period inside a later share's own words is that
  // share's; the figure before it takes it only when asked (`shares`), when no other period is at hand
  const withinShare = (p: PeriodMention) =>
    !shares &&
    figures.some(
      (g) =>
        g !== span &&
        (g as { kind?: string }).kind === "share" &&
        g.start >= span.end &&
        p.start >= g.start &&
        p.end <= g.end,
    );
  const after = mains.find(
    (p) =>
      p.start >= span.end &&
      !aside(p) &&
      !owner(p) &&
      !withinShare(p) &&
      !laterMoveOwns(clause, figures, span, p) &&
      !labelsFigure(clause, p, figures, span) &&
      !FORECAST_AFTER.test(clause.slice(span.end, p.start)) &&
      !(kind !== "rank" && afterEarlierEvent(clause, span.end, p.start, figures)) &&
      !SUM_AFTER.test(clause.slice(span.end, p.start)) &&
      !(kind === "change" && EARLIER_RATE_AFTER.test(clause.slice(span.end, p.start))) &&
      !(
        (VERSUS.test(clause.slice(span.end, p.start)) ||
          earlierMoveBetween(clause.slice(span.end, p.start))) &&
        figures.some((f) => f.start >= span.end && f.start < p.start)
      ),
  );
  if (after === undefined) return null;
  return temporalAside(clause, after, span) ? { ...after, unnamed: true } : after;
}

/**
 * Between a figure and the span of a sum it adds to: "rose 22.6% to 5,864.6 t, taking the
 * January-May total to 24,827 t", "..., bringing US-bound shipments in the first quarter to ...". The span is the
 * sum's; the figure before it is of the month the text is on.
 */
const SUM_AFTER =
  /,\s(?:bringing|taking|lifting|pushing|raising|putting|swelling)\s(?:(?:the|its|their)\s(?:[\w'’-]+\s){0,2}|(?:[a-z'’-]+\s){1,3}(?:in|for|over)\s(?:the\s)?)$/i;

/**
 * Between a figure and a month, a forecast told after it: "9.5% of the total, which could top 6,500 t
 * in January", "5%, a share that is likely to grow in January". The month is the forecast's.
 */
const FORECAST_AFTER =
  /,\s(?:(?:which|that|and|but)\s|(?:a|the)\s(?:share|figure|level|total|tally|number|volume|proportion)\s(?:that|which)\s)(?:[\w'’-]+\s){0,4}?(?:could|might|may|will|would|should|(?:is|are)\s(?:expected|likely|set|forecast|projected|poised)\sto)\s(?!have\b)/i;

/**
 * Between a figure and a month, an earlier event told after it: "restarted at 4.26 t after nothing
 * left the country in May", "rose 8% after a slump in April". The month is the event's, unless a
 * figure of its own stands between ("after data showed exports at 6,150 t in November") or a
 * clause ends first ("collapsed after licensing began in September: in November, 808 t").
 */
export function afterEarlierEvent(clause: string, from: number, at: number, figures: Span[]): boolean {
  const m = EARLIER_EVENT_AFTER.exec(clause.slice(from, at));
  if (m === null) return false;
  const start = from + m.index;
  return !figures.some((g) => g.start >= start && g.end <= at);
}
const EARLIER_EVENT_AFTER = /\bafter\s(?!(?:month|year)\b)[^,:;()]*$/i;

/** Right after the first figure of a bracketed pair: "(4,120 kg against 995 kg)", "(2,123 vs 4,045 t)". */
const PAIR_SECOND = /^\s(?:vs\.?|versus|against|compared (?:with|to))\s(?:(?:about|some|just)\s)?\d/i;

/**
 * "rebounded fourfold from November (4,120 kg against 995 kg)": the first of two figures set against
 * each other in brackets right after a base month is the change's own figure, not the base's.
 */
function pairAfterBase(clause: string, p: PeriodMention, span: Span): boolean {
  return (
    (p.role === "base" || /\b(?:from|than|on|over|against)\s(?:the\s)?$/i.test(clause.slice(0, p.start))) &&
    /^\s?\(\s?$/.test(clause.slice(p.end, span.start)) &&
    PAIR_SECOND.test(clause.slice(span.end, span.end + 30))
  );
}

/**
 * True when `p` stands in an aside that `span` is not in: a relative one closed by a comma (", which
 * ... ,"), or a participle one that runs on (", having risen in October").
 */
function outsideRelative(clause: string, p: Span, span: Span): boolean {
  const before = clause.slice(0, p.start);
  const open = allMatches(/,\s(which|who|whose|having)\s/gi, before).pop();
  if (open === undefined || /[,;]/.test(before.slice(open.index + 1))) return false;
  const comma = clause.indexOf(",", p.end);
  const close = comma >= 0 ? comma : /^having$/i.test(open[1] ?? "") ? clause.length : -1;
  if (close < 0) return false;
  return span.start < open.index || span.start > close;
}

/** Whether `x` stands inside brackets (the same brackets as `as`, when given). */
function inBrackets(clause: string, x: Span, as?: Span): boolean {
  const open = clause.lastIndexOf("(", x.start);
  if (open < 0 || clause.lastIndexOf(")", x.start) > open) return false;
  const close = clause.indexOf(")", x.end);
  if (close < 0) return false;
  return as === undefined || (as.start > open && as.end <= close);
}

/** A period in brackets before every figure of the clause, with none inside the brackets: a label's. */
function bracketedLabel(clause: string, p: Span, figures: Span[]): boolean {
  const open = clause.lastIndexOf("(", p.start);
  const close = clause.indexOf(")", p.end);
  return figures.every((f) => f.start > close) && close - open < 40;
}

/** Between a period and the figure it labels: "Oct: 656 t", "Oct = 656 t", "(Oct) 656 t". */
const LABEL_GAP = /^(?:\)\s?|\s?[:=–]\s?)(?:(?:about|around|some|roughly|nearly)\s)?$/;

/** True when the period labels a figure right after it ("Oct: 656 t"): it is that figure's own period. */
export function labelsFigure(
  clause: string,
  p: Span,
  figures: Array<Span & { kind?: string }>,
  except?: Span,
): boolean {
  return figures.some(
    (f) =>
      f !== except &&
      f.kind !== "rank" &&
      f.kind !== "direction" &&
      f.start >= p.end &&
      LABEL_GAP.test(clause.slice(p.end, f.start)),
  );
}

const SAME_PERIOD_BEFORE = /\b(?:same|corresponding) (?:month|period|time|quarter) (?:of |in )?$/i;
/** "walk me through November", "take us through the numbers": telling of a month, not a span up to it. */
const TOLD_THROUGH = String.raw`(?<!\b(?:walk|walks|walked|walking|talk|talks|talked|talking|take|takes|took|taking|run|runs|ran|guide|guides|guided|step|steps|go|goes|went|going|look|looking)\s(?:(?:me|us|you|him|her|them|listeners|viewers|readers)\s)?)`;
const UNTIL_BEFORE = new RegExp(
  String.raw`\b(?:(?:${TOLD_THROUGH}through|thru|until|till|up to|up until)(?:\sthe end of)?|to the end of|by the end of|year[- ]to[- ]date through)\s$`,
  "i",
);
/**
 * "not until October", "it wasn't till July that", "didn't get back above 600 t until October": the
 * month when something at last happened, no span up to it.
 */
const NEGATED_UNTIL = /(?:\bnot|\bnever|n['’]t)\s(?:[^.;:!?]{0,60}?\s)?(?:until|till)\s$/i;
/**
 * "by August", "as of October", "at end-October": a month's own figure reached by then ("by July exports had recovered
 * to 5,577 t"), or the year so far when the clause says it counts the year ("By August China had
 * shipped 34,043 t this year"); either way the other is kept as a reading.
 */
const BY_BEFORE =
  /\b(?:(?:by|as of|as at)\s(?:the end of\s|end[- ](?:of\s)?)?|(?:at|through|until|till|up to)\s(?:the end of\s|end[- ](?:of\s)?))$/i;
/** Words that count the year so far, whatever month closes it. */
const YEAR_COUNTED =
  /\b(?:this year|so far|for the year|the year['’]s|year[- ]to[- ]date|cumulative(?:ly)?|in total|altogether|in all|combined)\b/i;

/**
 * Period mentions that name a claim's own period: not a base ("the same month last year"), not a
 * rank's window ("highest since May"); "through August", "by August" and "as of August" close a span
 * from January ("by" and "as of" only where the clause counts the year; the other reading is `orPeriod`).
 */
export function ownPeriods(clause: string, mentions: PeriodMention[], rankSpans: Span[]): PeriodMention[] {
  // a span the clause names as its own makes "through August" redundant; one named as a base ("below
  // the 47,778 t of January-October 2024") does not
  const ranged = mentions.some((m) => m.shape === "range" && m.role !== "base");
  const out: PeriodMention[] = [];
  for (const m of mentions) {
    const before = clause.slice(Math.max(0, m.start - 40), m.start);
    const opening = m.shape === "range" && /(?:^|[,;]\s?)\s*from\s$/i.test(before);
    if ((m.role !== "main" && !opening) || rankSpans.some((r) => m.start >= r.start && m.start < r.end))
      continue;
    if (SAME_PERIOD_BEFORE.test(before)) continue;
    const span = `${m.period.slice(0, 4)}-01..${m.period}`;
    if (
      m.shape === "month" &&
      UNTIL_BEFORE.test(before) &&
      !NEGATED_UNTIL.test(clause.slice(Math.max(0, m.start - 80), m.start))
    ) {
      if (!ranged) out.push({ ...m, shape: "range", period: span });
      continue;
    }
    if (m.shape === "month" && BY_BEFORE.test(before) && !ranged && span !== `${m.period}..${m.period}`) {
      out.push(
        YEAR_COUNTED.test(clause)
          ? { ...m, shape: "range", period: span, orPeriod: m.period }
          : { ...m, orPeriod: span },
      );
      continue;
    }
    out.push(m);
  }
  return out;
}

// "9月的5774噸": the Chinese possessive 的 names the figure's month as "'s" does
/** Between a period's possessive and its figure: "April's 358 t", "2024's record 58,152 t", "May's revised total of". */
const POSSESSIVE_GAP =
  /^(?:'s\s(?:(?:record|all-time|revised|final|preliminary|full-year|annual|monthly|combined)\s|(?:[a-z]+\s)?(?:[\w]+-(?:month|year|week)|multi-month|multi-year)\s)?(?:(?:high|low|peak|record|total|level|figure|tally|volume)\s(?:of\s)?)?(?:(?:about|around|some|roughly|nearly)\s)?|\s?的\s?(?:约|近)?)$/i;

/**
 * Before a tonnage a figure is set against: "than the", "from", "more than doubled the", "below", and a
 * tonnage it is likened to ("nearly the same as the 58,000 t of 2024", "in line with the 5,473 t of October",
 * "almost as much as the 590 t of August", "much like the 590 t of August").
 */
const BASE_FIGURE_BEFORE =
  /\b(?:than|from|against|versus|vs\.?|compar(?:ed|es?|ing) (?:with|to)|doubled|tripled|trebled|quadrupled|halved|above|below|exceeded|topped|beat|the same as|similar to|in line with|on (?:a )?par with|close to(?=\s(?:the|its|their)\s)|level with|equal to|matching|comparable (?:with|to)|as (?:much|many|high|large|big|strong) as|like)\s(?:(?:the|its|their|a)\s)?(?:(?:about|around|some|roughly|nearly|almost)\s)?$/i;

/** Between a period and the level it names in brackets: "October 2024 (4,725 t)", "March (584 t)". */
const BRACKETED_AFTER = /^\s?\(\s?(?:(?:about|around|some|roughly|nearly|almost)\s)?$/i;

/** A possessive's noun, then its level in brackets: "June's all-time high (7,742.2 t)". */
const POSSESSIVE_BRACKETED =
  /^['’]s\s(?:[\w-]+\s){1,3}\(\s?(?:(?:about|around|some|roughly|nearly|almost)\s)?$/i;

/**
 * A month used as a noun's modifier, then the figure that noun is "of": "the May trough of 1,238 t",
 * "a June peak of 7,742 t", "its January record of 6,357 tonnes", "the July jump of 75%".
 */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|this|that|(?:this|last) year['’]s)\s$/i;
const ATTRIBUTIVE_GAP =
  /^\s(?:(?:all-time|record|post-control|pre-control|seasonal|monthly|recent|revised|final|preliminary)\s)?(?:trough|peak|low|high|record|nadir|bottom|top|level|total|figure|tally|volume|reading|print|mark|haul|intake|rise|increase|jump|surge|gain|drop|fall|decline|slump|plunge)\s(?:of|at)\s(?:(?:about|around|some|roughly|nearly|almost|just|only|a mere)\s)?$/i;

/**
 * A month named as a possessive right before a figure ("from April's 358 tonnes") owns that figure,
 * and so does a month that modifies the noun the figure is of ("the May trough of 1,238 t"), and a
 * period with the level in brackets right after it ("compared with October 2024 (4,725 t)", "the gap
 * to June's all-time high (7,742.2 t)"), whatever role the period plays in the clause.
 */
export function possessivePeriod(
  clause: string,
  mentions: PeriodMention[],
  span: Span & { kind?: string },
): PeriodMention | null {
  // Korean and Japanese set the month right before its tonnage: "9월 5,774톤보다" is September's 5,774 t,
  // "9月の226トン" and "9월의 226톤" too ("比10月增長12%" sets a base month before a change, which is
  // not the change's own)
  const juxtaposed = (m: PeriodMention) =>
    span.kind === "level" &&
    /[月월]$/.test(clause.slice(m.start, m.end)) &&
    /^\s?(?:[の의的]\s?)?$/.test(clause.slice(m.end, span.start));
  const attributive = (m: PeriodMention) =>
    m.shape === "month" &&
    ATTRIBUTIVE_BEFORE.test(clause.slice(Math.max(0, m.start - 16), m.start)) &&
    ATTRIBUTIVE_GAP.test(clause.slice(m.end, span.start));
  const owns = (m: PeriodMention) =>
    POSSESSIVE_GAP.test(clause.slice(m.end, span.start)) || juxtaposed(m) || attributive(m);
  const bracketed = (m: PeriodMention) =>
    (span.kind === "level" || span.kind === "share") &&
    !pairAfterBase(clause, m, span) &&
    (BRACKETED_AFTER.test(clause.slice(m.end, span.start)) ||
      POSSESSIVE_BRACKETED.test(clause.slice(m.end, span.start)));
  // a half or quarter owns its figure as a month does ("on H1 2024's 29,095.2 t"); a run of months
  // does not ("from January to May's 1,238 t" is May's)
  const part = (m: PeriodMention) =>
    /^(?:the\s)?(?:first|second|third|fourth|H[12]|Q[1-4]|[12]H|[1-4]Q)\b/i.test(
      clause.slice(m.start, m.end),
    );
  return (
    mentions.find(
      (m) => m.end <= span.start && (bracketed(m) || ((m.shape !== "range" || part(m)) && owns(m))),
    ) ??
    mentions.find((m) => fronted(clause, m, span)) ??
    mentions.find((m) => namedAfter(clause, m, span)) ??
    mentions.find((m) => cjkRelativeAfter(clause, m, span)) ??
    null
  );
}

/**
 * Korean, Japanese and Chinese put a relative clause before the month it describes: "590톤을 기록했던
 * 8월" (August, which recorded 590 t), "590톤이었던 8월", "590トンだった8月", "590トンを記録した8月",
 * "达到590吨的8月": the tonnage is that month's.
 */
const CJK_RELATIVE_GAP =
  /^\s?(?:[을를]\s?기록(?:했던|한|하였던)|(?:이었|였)던|を記録した|だった|で(?:あった|過去最多だった))\s?$|^的\s?$/;

function cjkRelativeAfter(clause: string, m: PeriodMention, span: Span & { kind?: string }): boolean {
  return (
    span.kind === "level" &&
    m.shape === "month" &&
    m.start >= span.end &&
    /[月월]$/.test(clause.slice(m.start, m.end)) &&
    CJK_RELATIVE_GAP.test(clause.slice(span.end, m.start))
  );
}

/** Between a figure and the month a relative clause says it is of: "12%, which is ", "656 t, which was ". */
const WHICH_IS_GAP =
  /^\s?(?:%|t|tonnes|tons|per\s?cent|percent)?,\s(?:which|that)\s(?:is|was)\s(?:actually\s|in\sfact\s|really\s)?(?:the\s)?$/i;

/**
 * "Someone had put the US share at 12%, which is October's": a relative clause right after a figure
 * that gives it to a month's possessive names the figure's own month.
 */
function namedAfter(clause: string, m: PeriodMention, span: Span): boolean {
  return (
    m.shape === "month" &&
    m.start >= span.end &&
    WHICH_IS_GAP.test(clause.slice(span.end, m.start)) &&
    /^['’]s\b/.test(clause.slice(m.end, m.end + 3))
  );
}

/** A level set before its subject: "At 6,150 t, November's total", "At about 5,500 tonnes, October's figure". */
const FRONTED_BEFORE = /^\W*At\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?$/i;
const FRONTED_GAP = /^\s?(?:t|mt|tonnes|tons|metric tons)?,\s$/i;
const FRONTED_SUBJECT =
  /^['’]s\s(?:(?:monthly|magnet|export|overall|headline)\s)?(?:total|figure|tally|volume|level|exports|shipments)\b/i;

/**
 * "At 6,150 t, November's total trailed only January's": a level fronted before a subject that a
 * month owns is that month's, not the one the text was on.
 */
function fronted(clause: string, m: PeriodMention, span: Span & { kind?: string }): boolean {
  return (
    span.kind === "level" &&
    m.shape === "month" &&
    m.start >= span.end &&
    FRONTED_BEFORE.test(clause.slice(0, span.start)) &&
    FRONTED_GAP.test(clause.slice(span.end, m.start)) &&
    FRONTED_SUBJECT.test(clause.slice(m.end, m.end + 30))
  );
}
