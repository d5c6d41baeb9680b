// Short texts of several sentences or lines about China's magnet exports by destination, as
// reporters lay them out: lists (brackets, "respectively", codes with pipes, semicolons, bullets
// under a lead, tables in text, "the former ... the latter", items with their own change) and
// discourse (a heading or a question that sets the destination, pronouns and "the same month" across
// sentences, a dateline's "last month", "Overall, ..." back to the total, Q&A turns). Each text lists
// the figures it states with what they mean (destination, month) and whether they are true; the
// figures come from analytics on the reference data, the mistakes are another destination's or
// another month's figure.

import type { VerifiedClaim } from "../../src/claims/types.js";
import { addMonths } from "../../src/domain/period.js";
import { toTonnes } from "../../src/domain/units.js";
import { ordinal } from "../../src/report/format-figures.js";
import { inMonth, NAMES, pct1, publishedAfter, t, type RatioFacts } from "./ratio-statements.js";
import { cap, MONTH_ABBR, monthName, ONES, PARTNER_NAMES, yearNo } from "./true-statements.js";

export type Family = "lists" | "discourse";
export type Outcome = "supported" | "unverifiable" | "contradicted" | "missed" | "misread";

/** One figure a text states: the number as written, and what the writer meant by it. */
export interface Figure {
  kind: "level" | "change" | "share";
  /** The number as written: tonnes, or percent for changes (unsigned) and shares. */
  said: number;
  partner: string;
  period: string;
  expect: "true" | "false";
}

export interface DiscourseText {
  text: string;
  published: string;
  family: Family;
  form: string;
  figures: Figure[];
}

/** One destination's month: its tonnes, share of the total and the month before's tonnes. */
interface Item {
  iso: string;
  value: number;
  share: number;
  prev: number | null;
}

/** One month of magnet exports with the destinations the data holds for it, largest first. */
interface MonthList {
  period: string;
  total: number;
  prevTotal: number | null;
  yearAgo: number | null;
  items: Item[];
}

const SERIES = "rare-earth-magnets";

function monthLists(facts: RatioFacts): MonthList[] {
  const world = facts.months.get(`${SERIES}/WLD`);
  const byMonth = new Map<string, RatioFacts["shares"]>();
  for (const s of facts.shares) byMonth.set(s.period, [...(byMonth.get(s.period) ?? []), s]);
  const out: MonthList[] = [];
  for (const [period, shares] of byMonth) {
    const before = byMonth.get(addMonths(period, -1)) ?? [];
    const items = shares
      .map((s) => ({
        iso: s.partner,
        value: s.value,
        share: s.share,
        prev: before.find((b) => b.partner === s.partner)?.value ?? null,
      }))
      .sort((a, b) => b.value - a.value);
    const total = shares[0]?.total ?? 0;
    out.push({
      period,
      total,
      prevTotal: world?.get(addMonths(period, -1)) ?? null,
      yearAgo: world?.get(addMonths(period, -12)) ?? null,
      items,
    });
  }
  return out.sort((a, b) => a.period.localeCompare(b.period));
}

// ---------------------------------------------------------------------------------------------
// Words

/** Shorter names reporters use in lists ("Korea", "the US") besides the full ones. */
const SHORT: Record<string, string> = { USA: "the US", KOR: "Korea" };
/** The adjective of a destination's buyers: "Japanese buyers", "Indian customers". */
const ADJ: Record<string, string> = {
  USA: "American",
  JPN: "Japanese",
  DEU: "German",
  KOR: "South Korean",
  IND: "Indian",
  VNM: "Vietnamese",
};
const nameOf = (iso: string, i: number) => {
  const all = [NAMES[iso] as string, ...(PARTNER_NAMES[iso] ?? []), ...(SHORT[iso] ? [SHORT[iso]] : [])];
  return all[i % all.length] as string;
};
/** A name that can open a sentence or a line: "The US", "Germany". */
const Name = (iso: string, i: number) => cap(nameOf(iso, i));
const monYear = (p: string) => `${MONTH_ABBR[Number(p.slice(5)) - 1]} ${yearNo(p)}`;
const monthYear = (p: string) => `${monthName(p)} ${yearNo(p)}`;
const SUBJECTS = [
  "China's rare-earth magnet exports",
  "Chinese shipments of rare-earth magnets",
  "China's exports of permanent magnets",
  "China's magnet exports",
];
const subject = (i: number) => SUBJECTS[i % SUBJECTS.length] as string;
const pctOf = (now: number, before: number) => (now / before - 1) * 100;
const whole = (x: number) => Math.round(Math.abs(x));
const upDown = (x: number) => (x >= 0 ? "up" : "down");
const roseFell = (x: number) => (x >= 0 ? "rose" : "fell");
const signed = (x: number) => `${x >= 0 ? "+" : "-"}${whole(x)}%`;

const level = (partner: string, period: string, said: number, expect: Figure["expect"] = "true"): Figure => ({
  kind: "level",
  said: Math.round(said),
  partner,
  period,
  expect,
});
const change = (partner: string, period: string, pct: number, expect: Figure["expect"] = "true"): Figure => ({
  kind: "change",
  said: whole(pct),
  partner,
  period,
  expect,
});
const share = (partner: string, period: string, x: number): Figure => ({
  kind: "share",
  said: Number(pct1(x)),
  partner,
  period,
  expect: "true",
});

/** "A, B and C"; `sep` for semicolon lists. */
function joined(parts: string[], last = " and "): string {
  if (parts.length < 2) return parts.join("");
  return `${parts.slice(0, -1).join(", ")}${last}${parts[parts.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Lists

type Add = (form: string, text: string, figures: Figure[]) => void;

function listTexts(m: MonthList, trio: Item[], i: number, add: Add): void {
  const p = m.period;
  const when = inMonth(p);
  const lv = (x: Item, v = x.value, e: Figure["expect"] = "true") => level(x.iso, p, v, e);
  const [a, b, c] = trio as [Item, Item, Item];
  add(
    "paren-list",
    `${subject(i)} ${when} went mainly to ${joined(trio.map((x, k) => `${nameOf(x.iso, i + k)} (${t(x.value)} t)`))}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "respectively",
    `In ${monthYear(p)}, ${subject(i + 1)} to ${joined(trio.map((x, k) => nameOf(x.iso, i + k)))} came to ${joined(trio.map((x) => t(x.value)))} tonnes respectively.`,
    trio.map((x) => lv(x)),
  );
  add(
    "codes-pipe",
    `Magnet exports, ${monYear(p)}: ${trio.map((x) => `${x.iso} ${t(x.value)}t`).join(" | ")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "codes-comma",
    `China magnet exports by destination (${monYear(p)}): ${trio.map((x) => `${x.iso} ${t(x.value)} t`).join(", ")}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "with-at",
    `${Name(a.iso, i)} took ${t(a.value)} t of ${subject(i)} ${when}, with ${nameOf(b.iso, i)} at ${t(b.value)} t and ${nameOf(c.iso, i)} at ${t(c.value)} t.`,
    [lv(a), lv(b), lv(c)],
  );
  add(
    "semicolon",
    `${subject(i)} ${when}, by destination: ${trio.map((x, k) => `${nameOf(x.iso, i + k)}, ${t(x.value)} t`).join("; ")}.`,
    trio.map((x) => lv(x)),
  );
  if (a.value !== b.value && Math.abs(a.value - b.value) > 0.1 * b.value)
    add(
      "swapped-list",
      `${subject(i)} ${when} went mainly to ${nameOf(a.iso, i)} (${t(b.value)} t), ${nameOf(b.iso, i)} (${t(a.value)} t) and ${nameOf(c.iso, i)} (${t(c.value)} t).`,
      [lv(a, b.value, "false"), lv(b, a.value, "false"), lv(c)],
    );
  add(
    "paren-semicolon",
    `${subject(i)} ${when} went chiefly to the largest buyers (${trio.map((x, k) => `${nameOf(x.iso, i + k)} ${t(x.value)} t`).join("; ")}).`,
    trio.map((x) => lv(x)),
  );
  if (a.value !== b.value && Math.abs(a.value - b.value) > 0.1 * b.value)
    add(
      "paren-semicolon-swapped",
      `Buyers of ${subject(i)} ${when} (${nameOf(a.iso, i)} ${t(b.value)} t; ${nameOf(b.iso, i + 1)} ${t(a.value)} t; ${nameOf(c.iso, i + 2)} ${t(c.value)} t) were led by Europe.`,
      [lv(a, b.value, "false"), lv(b, a.value, "false"), lv(c)],
    );
  const changed = trio.filter((x) => x.prev !== null && x.prev > 0);
  if (changed.length >= 2) {
    add(
      "bullets-lead",
      `${subject(i)}, ${monthYear(p)}:\n${changed.map((x, k) => `- ${Name(x.iso, i + k)}: ${t(x.value)} t (${signed(pctOf(x.value, x.prev as number))})`).join("\n")}`,
      changed.flatMap((x) => [lv(x), change(x.iso, p, pctOf(x.value, x.prev as number))]),
    );
    const [x, y] = changed as [Item, Item];
    const cx = pctOf(x.value, x.prev as number);
    const cy = pctOf(y.value, y.prev as number);
    add(
      "item-change",
      `Among the destinations of ${subject(i)} ${when}, ${nameOf(x.iso, i)} took ${t(x.value)} t, ${upDown(cx)} ${whole(cx)}% on the month, and ${nameOf(y.iso, i + 1)} ${t(y.value)} t, ${upDown(cy)} ${whole(cy)}%.`,
      [lv(x), change(x.iso, p, cx), lv(y), change(y.iso, p, cy)],
    );
    add(
      "item-change-wrong",
      `Among the destinations of ${subject(i)} ${when}, ${nameOf(x.iso, i)} took ${t(x.value)} t, ${upDown(-cx)} ${whole(cx) + 25}% on the month, and ${nameOf(y.iso, i + 1)} ${t(y.value)} t.`,
      [lv(x), { ...change(x.iso, p, whole(cx) + 25, "false") }, lv(y)],
    );
    add(
      "table-months",
      `${subject(i)} by destination (tonnes)\n\n| Destination | ${monYear(addMonths(p, -1))} | ${monYear(p)} |\n|---|---|---|\n${changed.map((x) => `| ${Name(x.iso, 0)} | ${t(x.prev as number)} | ${t(x.value)} |`).join("\n")}`,
      changed.flatMap((x) => [level(x.iso, addMonths(p, -1), x.prev as number), lv(x)]),
    );
  }
  const top = m.items.slice(0, Math.min(5, m.items.length));
  if (i % 2 === 0 && top.length >= 3)
    add(
      "top-n",
      `The top ${ONES[top.length]} destinations for ${subject(i).replace(/ exports$/, "")} ${when} were ${joined(top.map((x, k) => `${nameOf(x.iso, i + k)} (${t(x.value)} t)`))}.`,
      top.map((x) => lv(x)),
    );
  add(
    "table-pipes",
    `${subject(i)} by destination, ${monthYear(p)}\n\n| Destination | Tonnes |\n|---|---|\n${trio.map((x) => `| ${Name(x.iso, i)} | ${t(x.value)} |`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "table-tabs",
    `${subject(i)}, ${monthYear(p)}\n\nPartner\tExports (t)\n${trio.map((x) => `${Name(x.iso, 0)}\t${t(x.value)}`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  const width = Math.max(...trio.map((x) => (NAMES[x.iso] as string).length)) + 4;
  add(
    "table-aligned",
    `${subject(i)} in ${monthYear(p)} (t):\n\n${trio.map((x) => `${cap(NAMES[x.iso] as string).padEnd(width)}${t(x.value).padStart(7)}`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "former-latter",
    `${Name(a.iso, i)} and ${nameOf(c.iso, i)} were watched most closely ${when}: the former took ${t(a.value)} t of ${subject(i)}, the latter ${t(c.value)} t.`,
    [lv(a), lv(c)],
  );
  add(
    "figure-first",
    `Of ${subject(i)} ${when}, ${joined(trio.map((x, k) => `${t(x.value)} t went to ${nameOf(x.iso, i + k)}`))}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "gapped",
    `${t(a.value)} tonnes of ${subject(i)} went to ${nameOf(a.iso, i)} ${when}, ${t(b.value)} tonnes to ${nameOf(b.iso, i + 1)} and ${t(c.value)} tonnes to ${nameOf(c.iso, i + 2)}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "colon-lines",
    `${subject(i)}, ${monthYear(p)}. ${trio.map((x, k) => `${Name(x.iso, i + k)}: ${t(x.value)} t.`).join(" ")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "followed-by",
    `${Name(a.iso, i)} led ${subject(i)} ${when} with ${t(a.value)} t, followed by ${nameOf(b.iso, i)} on ${t(b.value)} t and ${nameOf(c.iso, i)} with ${t(c.value)} t.`,
    trio.map((x) => lv(x)),
  );
  add(
    "ahead-of",
    `${Name(a.iso, i)} (${t(a.value)} t) stayed ahead of ${nameOf(b.iso, i)} (${t(b.value)} t) and ${nameOf(c.iso, i)} (${t(c.value)} t) as a buyer of ${subject(i).replace(/ exports$| shipments of .*$/, "")} ${when}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "totalled-no-respectively",
    `${subject(i)} to ${joined(trio.map((x, k) => nameOf(x.iso, i + k)))} totalled ${joined(trio.map((x) => t(x.value)))} t ${when}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "codes-sentence",
    `In ${monYear(p)} ${trio[0]?.iso} took ${t(a.value)} t of Chinese magnets, ${b.iso} ${t(b.value)} t and ${c.iso} ${t(c.value)} t.`,
    trio.map((x) => lv(x)),
  );
  add(
    "heading-bullets",
    `## ${monthYear(p)}\n\n${trio.map((x, k) => `* ${Name(x.iso, i + k)} \u2014 ${t(x.value)} t`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "table-month-rows",
    `China's magnet exports (tonnes)\n\nMonth\t${trio.map((x) => x.iso).join("\t")}\n${monYear(p)}\t${trio.map((x) => t(x.value)).join("\t")}`,
    trio.map((x) => lv(x)),
  );
  if (changed.length >= 2) {
    const [x, y] = changed as [Item, Item];
    const cx = pctOf(x.value, x.prev as number);
    const cy = pctOf(y.value, y.prev as number);
    add(
      "comma-items-change",
      `Magnet exports by destination, ${monthYear(p)}: ${Name(x.iso, i)} ${t(x.value)} t, ${upDown(cx)} ${whole(cx)}%; ${nameOf(y.iso, i + 1)} ${t(y.value)} t, ${upDown(cy)} ${whole(cy)}%.`,
      [lv(x), change(x.iso, p, cx), lv(y), change(y.iso, p, cy)],
    );
    add(
      "item-with-base",
      `${subject(i)} ${when}: ${Name(x.iso, i)} ${t(x.value)} t (${monthName(addMonths(p, -1)).slice(0, 3)}: ${t(x.prev as number)} t), ${nameOf(y.iso, i + 1)} ${t(y.value)} t (${monthName(addMonths(p, -1)).slice(0, 3)}: ${t(y.prev as number)} t).`,
      [
        lv(x),
        level(x.iso, addMonths(p, -1), x.prev as number),
        lv(y),
        level(y.iso, addMonths(p, -1), y.prev as number),
      ],
    );
  }
  add(
    "possessive-list",
    `${Name(a.iso, i)}'s ${t(a.value)} t, ${nameOf(b.iso, i)}'s ${t(b.value)} t and ${nameOf(c.iso, i)}'s ${t(c.value)} t made up much of ${subject(i)} ${when}.`,
    trio.map((x) => lv(x)),
  );
  add(
    "numbered-inline",
    `Top buyers of Chinese magnets, ${monthYear(p)}: ${trio.map((x, k) => `${k + 1}. ${Name(x.iso, i)} ${t(x.value)} t`).join(" ")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "numbered-lines",
    `Where China's magnets went in ${monthYear(p)}\n\n${trio.map((x, k) => `${k + 1}) ${Name(x.iso, i + k)} \u2013 ${t(x.value)} t`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "share-list",
    `Of ${subject(i)} ${when}, ${Name(a.iso, i)} took ${pct1(a.share)}%, ${nameOf(b.iso, i)} ${pct1(b.share)}% and ${nameOf(c.iso, i)} ${pct1(c.share)}%.`,
    trio.map((x) => share(x.iso, p, x.share)),
  );
  add(
    "share-respectively",
    `${Name(a.iso, i)}, ${nameOf(b.iso, i)} and ${nameOf(c.iso, i)} accounted for ${pct1(a.share)}%, ${pct1(b.share)}% and ${pct1(c.share)}% of ${subject(i)} ${when}, respectively.`,
    trio.map((x) => share(x.iso, p, x.share)),
  );
  add(
    "paren-both",
    `${subject(i)} ${when} by destination: ${trio.map((x, k) => `${nameOf(x.iso, i + k)} (${t(x.value)} t; ${pct1(x.share)}%)`).join(", ")}.`,
    trio.flatMap((x) => [lv(x), share(x.iso, p, x.share)]),
  );
  add(
    "kt-table",
    `${subject(i)}, ${monthYear(p)}\n\n| Market | Volume (kt) |\n|---|---|\n${trio.map((x) => `| ${Name(x.iso, 0)} | ${(Math.round(x.value) / 1000).toFixed(3)} |`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "csv-lines",
    `China's rare-earth magnet exports by destination\n\ndestination,tonnes,month\n${trio.map((x) => `${NAMES[x.iso]},${Math.round(x.value)},${p}`).join("\n")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "dash-items",
    `${subject(i)} in ${monthYear(p)} \u2014 ${trio.map((x, k) => `${Name(x.iso, i + k)}: ${t(x.value)} t`).join(" \u2014 ")}`,
    trio.map((x) => lv(x)),
  );
  add(
    "the-rest",
    `Germany aside, ${subject(i)} ${when} went to ${joined(trio.map((x, k) => `${nameOf(x.iso, i + k)} with ${t(x.value)} t`))}.`,
    trio.map((x) => lv(x)),
  );
  const floor = Math.floor(Math.min(...trio.map((x) => x.value)) / 100) * 100;
  if (floor >= 100)
    add(
      "each-of",
      `${Name(a.iso, i)}, ${nameOf(b.iso, i)} and ${nameOf(c.iso, i)} each took more than ${t(floor)} t of ${subject(i)} ${when}.`,
      trio.map((x) => lv(x, floor)),
    );
}

// ---------------------------------------------------------------------------------------------
// Discourse

function discourseTexts(m: MonthList, x: Item, y: Item, i: number, add: Add): void {
  const p = m.period;
  const when = inMonth(p);
  const prevName = monthName(addMonths(p, -1));
  const cx = x.prev !== null && x.prev > 0 ? pctOf(x.value, x.prev) : null;
  if (cx !== null) {
    add(
      "heading",
      `**${Name(x.iso, i)}**\n\nShipments ${roseFell(cx)} ${whole(cx)}% to ${t(x.value)} t ${when}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add("heading-wrong", `**${Name(x.iso, i)}**\n\nShipments came to ${t(x.value * 1.4 + 30)} t ${when}.`, [
      level(x.iso, p, x.value * 1.4 + 30, "false"),
    ]);
    add(
      "pronoun-country",
      `${Name(x.iso, i)} bought ${t(x.value)} t of Chinese rare-earth magnets ${when}. The country's intake was ${upDown(cx)} ${whole(cx)}% from ${prevName}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "it-was",
      `Shipments of Chinese magnets to ${nameOf(x.iso, i)} came to ${t(x.value)} t ${when}. It was ${whole(cx)}% ${cx >= 0 ? "more" : "less"} than in ${prevName}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "the-month-before",
      `${subject(i)} to ${nameOf(x.iso, i)} reached ${t(x.value)} t ${when}. The month before, they were ${t(x.prev as number)} t.`,
      [level(x.iso, p, x.value), level(x.iso, addMonths(p, -1), x.prev as number)],
    );
  }
  if (cx !== null) {
    add(
      "they-fell",
      `Shipments to ${nameOf(x.iso, i)} came to ${t(x.value)} t ${when}. They ${roseFell(cx)} ${whole(cx)}% from ${prevName}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "md-heading",
      `### ${Name(x.iso, i)}\n\n${cap(roseFell(cx) === "rose" ? "up" : "down")} ${whole(cx)}% on the month at ${t(x.value)} t in ${monthYear(p)}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "caps-lead",
      `${(NAMES[x.iso] as string).toUpperCase()}: ${t(x.value)} t in ${monthYear(p)}, ${upDown(cx)} ${whole(cx)}% from ${prevName}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "question-heading",
      `What about ${nameOf(x.iso, i)}?\n\n${cap(upDown(cx))} ${whole(cx)}% at ${t(x.value)} t in ${monthYear(p)}.`,
      [level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "possessive-ellipsis",
      `${subject(i)} to ${nameOf(y.iso, i)} were ${t(y.value)} t ${when}. ${Name(x.iso, i)}'s came to ${t(x.value)} t, ${upDown(cx)} ${whole(cx)}% from ${prevName}.`,
      [level(y.iso, p, y.value), level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "for-partner-figure",
      `China exported ${t(m.total)} t of magnets ${when}. For ${nameOf(x.iso, i)}, the figure was ${t(x.value)} t, ${whole(cx)}% ${cx >= 0 ? "above" : "below"} ${prevName}'s.`,
      [level("WLD", p, m.total), level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "meanwhile",
      `${Name(y.iso, i)} took ${t(y.value)} t of China's rare-earth magnets ${when}. ${Name(x.iso, i)}, meanwhile, took ${t(x.value)} t, ${upDown(cx)} ${whole(cx)}% on ${prevName}.`,
      [level(y.iso, p, y.value), level(x.iso, p, x.value), change(x.iso, p, cx)],
    );
    add(
      "interview",
      `Reporter: How much went to ${nameOf(x.iso, i)} in ${monthYear(p)}?\nAnalyst: About ${t(Math.round(x.value / 10) * 10)} tonnes, ${upDown(cx)} roughly ${whole(cx)} percent on the month.`,
      [level(x.iso, p, Math.round(x.value / 10) * 10), change(x.iso, p, cx)],
    );
  }
  add(
    "period-heading",
    `**${monthYear(p)}**\n\n${Name(x.iso, i)} took ${t(x.value)} t of China's magnets. ${Name(y.iso, i + 1)} received ${t(y.value)} t.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "paragraph-period",
    `${subject(i)} came to ${t(m.total)} t ${when}, customs figures show.\n\n${Name(x.iso, i)} took ${t(x.value)} t, and ${nameOf(y.iso, i + 1)} ${t(y.value)} t.`,
    [level("WLD", p, m.total), level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "nationality-buyers",
    `${ADJ[x.iso]} buyers took ${t(x.value)} t of China's rare-earth magnets ${when}, while ${ADJ[y.iso]} customers received ${t(y.value)} t.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "the-latter-next",
    `${Name(x.iso, i)} and ${nameOf(y.iso, i + 1)} were the two biggest buyers named ${when}. The latter took ${t(y.value)} t of China's magnets.`,
    [level(y.iso, p, y.value)],
  );
  add(
    "appositive-rank",
    `The ${ordinal(2)}-largest buyer named ${when}, ${nameOf(m.items[1]?.iso ?? y.iso, i)}, took ${t(m.items[1]?.value ?? y.value)} t of Chinese magnets.`,
    [level(m.items[1]?.iso ?? y.iso, p, m.items[1]?.value ?? y.value)],
  );
  add(
    "relative-clause",
    `Exports to ${nameOf(x.iso, i)}, which took ${t(x.value)} t ${when}, outpaced those to ${nameOf(y.iso, i + 1)}, at ${t(y.value)} t.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  if (x.prev !== null)
    add(
      "compares-with",
      `Shipments of magnets to ${nameOf(x.iso, i)} totalled ${t(x.value)} t ${when}. This compares with ${t(x.prev)} t in ${prevName}.`,
      [level(x.iso, p, x.value), level(x.iso, addMonths(p, -1), x.prev)],
    );
  if (x.prev !== null)
    add(
      "a-month-earlier",
      `${Name(x.iso, i)} took ${t(x.value)} t of Chinese magnets ${when}, against ${t(x.prev)} t a month earlier.`,
      [level(x.iso, p, x.value), level(x.iso, addMonths(p, -1), x.prev)],
    );
  add(
    "by-comparison",
    `${subject(i)} to ${nameOf(x.iso, i)} came to ${t(x.value)} t ${when}. By comparison, ${nameOf(y.iso, i + 1)} took ${t(y.value)} t.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "qa-labels",
    `Question: What did ${nameOf(x.iso, i)} receive in ${monthYear(p)}?\nAnswer: ${t(x.value)} t of rare-earth magnets, customs data show.`,
    [level(x.iso, p, x.value)],
  );
  add(
    "blockquote-qa",
    `> How much went to ${nameOf(x.iso, i)} in ${monthYear(p)}?\n\nAbout ${t(Math.round(x.value / 10) * 10)} tonnes of magnets.`,
    [level(x.iso, p, Math.round(x.value / 10) * 10)],
  );
  add(
    "dash-lead",
    `${Name(x.iso, i)} \u2014 ${t(x.value)} t of China's magnets ${when}; ${Name(y.iso, i + 1)} \u2014 ${t(y.value)} t.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "world-total-words",
    `${Name(x.iso, i)} took ${t(x.value)} t of Chinese magnets ${when}. Shipments to all destinations came to ${t(m.total)} t.`,
    [level(x.iso, p, x.value), level("WLD", p, m.total)],
  );
  add(
    "its-share-next",
    `${Name(x.iso, i)} took ${t(x.value)} t of China's rare-earth magnets ${when}. Its share of the total was ${pct1(x.share)}%.`,
    [level(x.iso, p, x.value), share(x.iso, p, x.share)],
  );
  add(
    "qa-question",
    `Q: How did ${nameOf(x.iso, i)} do in ${monthYear(p)}?\nA: It took ${t(x.value)} t of China's rare-earth magnets.`,
    [level(x.iso, p, x.value)],
  );
  add(
    "qa-turns",
    `Q: What did China ship to ${nameOf(x.iso, i)} in ${monthYear(p)}?\nA: ${t(x.value)} tonnes of magnets.\nQ: And ${nameOf(y.iso, i)}?\nA: ${t(y.value)} tonnes.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value)],
  );
  add(
    "qa-turns-wrong",
    `Q: What did China ship to ${nameOf(x.iso, i)} in ${monthYear(p)}?\nA: ${t(x.value)} tonnes of magnets.\nQ: And ${nameOf(y.iso, i)}?\nA: ${t(x.value)} tonnes.`,
    [
      level(x.iso, p, x.value),
      level(y.iso, p, x.value, Math.abs(x.value - y.value) > 0.05 * y.value ? "false" : "true"),
    ],
  );
  if (m.prevTotal !== null) {
    const ct = pctOf(m.total, m.prevTotal);
    add(
      "that-figure",
      `China exported ${t(m.total)} t of rare-earth magnets ${when}. That figure was ${whole(ct)}% ${ct >= 0 ? "higher" : "lower"} than in ${prevName}.`,
      [level("WLD", p, m.total), change("WLD", p, ct)],
    );
  }
  add(
    "same-month",
    `China exported ${t(m.total)} t of magnets ${when}. ${Name(x.iso, i)} took ${t(x.value)} t in the same month.`,
    [level("WLD", p, m.total), level(x.iso, p, x.value)],
  );
  if (m.yearAgo !== null)
    add(
      "a-year-earlier",
      `China exported ${t(m.total)} t of rare-earth magnets ${when}. A year earlier it shipped ${t(m.yearAgo)} t.`,
      [level("WLD", p, m.total), level("WLD", addMonths(p, -12), m.yearAgo)],
    );
  const sent = publishedAfter(p).replace(/-20$/, "-08");
  if (m.prevTotal !== null) {
    const ct = pctOf(m.total, m.prevTotal);
    add(
      "dateline-last-month",
      `BEIJING, ${MONTH_ABBR[Number(sent.slice(5, 7)) - 1]} 8 - ${subject(i)} ${roseFell(ct)} to ${t(m.total)} t last month, customs data showed. Shipments to ${nameOf(x.iso, i)} were ${t(x.value)} t.`,
      [level("WLD", p, m.total), level(x.iso, p, x.value)],
    );
  }
  add(
    "two-partners-its",
    `${Name(x.iso, i)} took ${t(x.value)} t of China's magnets ${when}; its share of the total was ${pct1(x.share)}%. ${Name(y.iso, i)} received ${t(y.value)} t, its share ${pct1(y.share)}%.`,
    [level(x.iso, p, x.value), share(x.iso, p, x.share), level(y.iso, p, y.value), share(y.iso, p, y.share)],
  );
  add(
    "overall",
    `Shipments of rare-earth magnets to ${nameOf(x.iso, i)} came to ${t(x.value)} t ${when}, and ${nameOf(y.iso, i + 1)} took ${t(y.value)} t. Overall, China exported ${t(m.total)} t of magnets that month.`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value), level("WLD", p, m.total)],
  );
  add(
    "overall-wrong",
    `Shipments of rare-earth magnets to ${nameOf(x.iso, i)} came to ${t(x.value)} t ${when}. Overall, China exported ${t(m.total * 1.25)} t of magnets that month.`,
    [level(x.iso, p, x.value), level("WLD", p, m.total * 1.25, "false")],
  );
  add(
    "bullet-lead-ends",
    `${subject(i)}, ${monthYear(p)}:\n- ${Name(x.iso, i)}: ${t(x.value)} t\n- ${Name(y.iso, i + 1)} took ${t(y.value)} t\n- The total came to ${t(m.total)} t`,
    [level(x.iso, p, x.value), level(y.iso, p, y.value), level("WLD", p, m.total)],
  );
  add(
    "heading-question",
    `How did ${nameOf(x.iso, i)} fare in ${monthYear(p)}?\n\nChina shipped it ${t(x.value)} t of rare-earth magnets, ${ordinal(1 + m.items.indexOf(x))} among the destinations the customs data names.`,
    [level(x.iso, p, x.value)],
  );
}

/** One destination's figures over several months, in a list or a table. */
function monthListTexts(iso: string, months: Array<[string, number]>, i: number, add: Add): void {
  const last = months[months.length - 1]?.[0] as string;
  const figs = months.map(([p, v]) => level(iso, p, v));
  add(
    "months-list",
    `Shipments of Chinese magnets to ${nameOf(iso, i)}: ${joined(months.map(([p, v]) => `${t(v)} t in ${monthName(p)}`))} ${yearNo(last)}.`,
    figs,
  );
  add(
    "months-respectively",
    `China's magnet exports to ${nameOf(iso, i)} in ${joined(months.map(([p]) => monthName(p)))} ${yearNo(last)} were ${joined(months.map(([, v]) => t(v)))} tonnes respectively.`,
    figs,
  );
  add(
    "months-came-to",
    `${subject(i)} to ${nameOf(iso, i)} in ${joined(months.map(([p]) => monthName(p)))} came to ${joined(months.map(([, v]) => `${t(v)} t`))}.`,
    figs,
  );
  add(
    "months-table",
    `${subject(i)} to ${Name(iso, i)} (t)\n\n| Month | Tonnes |\n|---|---|\n${months.map(([p, v]) => `| ${monYear(p)} | ${t(v)} |`).join("\n")}`,
    figs,
  );
  add(
    "months-from-to",
    `${subject(i)} to ${nameOf(iso, i)} went from ${t(months[0]?.[1] ?? 0)} t in ${monthName(months[0]?.[0] ?? last)} to ${t(months[1]?.[1] ?? 0)} t in ${monthName(months[1]?.[0] ?? last)} ${yearNo(last)}.`,
    figs.slice(0, 2),
  );
}

/**
 * Every text, in a fixed order: for each month with three destinations or more, the list forms on
 * its largest three and on three others, and the discourse forms on pairs of destinations.
 * @example discourseTexts(await loadRatioFacts(store)).filter((x) => x.family === "lists")
 */
export function discourseStatements(facts: RatioFacts): DiscourseText[] {
  const out: DiscourseText[] = [];
  let i = 0;
  const lists = monthLists(facts);
  for (const iso of Object.keys(NAMES)) {
    const held = lists
      .map((m) => [m.period, m.items.find((x) => x.iso === iso)?.value] as const)
      .filter((x): x is [string, number] => x[1] !== undefined);
    for (let k = 0; k + 2 < held.length; k++) {
      const run = held.slice(k, k + 3);
      if (addMonths(run[0]?.[0] as string, 2) !== run[2]?.[0]) continue;
      const published = publishedAfter(run[2]?.[0] as string);
      monthListTexts(iso, run, i++, (form, text, figures) =>
        out.push({ text, published, family: "lists", form, figures }),
      );
    }
  }
  for (const m of lists) {
    const published = publishedAfter(m.period);
    const adder =
      (family: Family): Add =>
      (form, text, figures) =>
        out.push({
          text,
          published: form.startsWith("dateline") ? published.replace(/-20$/, "-08") : published,
          family,
          form,
          figures,
        });
    if (m.items.length >= 3) {
      listTexts(m, m.items.slice(0, 3), i++, adder("lists"));
      if (m.items.length >= 4) listTexts(m, m.items.slice(-3).reverse(), i++, adder("lists"));
    }
    for (let k = 0; k + 1 < m.items.length; k++) {
      discourseTexts(m, m.items[k] as Item, m.items[k + 1] as Item, i++, adder("discourse"));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** The claim that states a figure's number, the one read with its destination first. */
function claimFor(f: Figure, claims: readonly VerifiedClaim[]): VerifiedClaim | undefined {
  const said = claims.filter((c) => {
    const s = c.stated;
    if (f.kind === "level")
      return (
        s.type === "level" &&
        near(toTonnes(s.value, s.unit) ?? Number.NaN, f.said, Math.max(0.6, f.said * 0.002))
      );
    if (f.kind === "change")
      return s.type === "change" && s.unit === "%" && near(Math.abs(s.pct), f.said, 0.06);
    return s.type === "share" && near(s.pct, f.said, 0.06);
  });
  return said.find((c) => c.partner === f.partner) ?? said[0];
}

/**
 * What became of each figure of a text: missed (no claim states it), contradicted (whatever it was
 * read as), misread (read as another destination, month or product), else its verdict.
 * @example scoreText(x, (await verifyClaims(store, x.text, x)).claims)
 */
export function scoreText(
  x: DiscourseText,
  claims: readonly VerifiedClaim[],
): Array<{ f: Figure; outcome: Outcome; claim?: VerifiedClaim }> {
  return x.figures.map((f) => {
    const c = claimFor(f, claims);
    if (!c) return { f, outcome: "missed" };
    if (c.verdict === "contradicted") return { f, outcome: "contradicted", claim: c };
    if (c.partner !== f.partner || c.period !== f.period || c.series !== SERIES)
      return { f, outcome: "misread", claim: c };
    return { f, outcome: c.verdict, claim: c };
  });
}
