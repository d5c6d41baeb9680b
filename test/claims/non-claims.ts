// Sentences a story puts around China's export figures that hold numbers but state none of them:
// forecasts, targets and capacities, hypotheticals and questions, a company's own figures, another
// country's own statistics, prices and rates, codes, counts and dates, a correction's misstated
// figure, a denied rumour, a range of estimates, another product's figure. Each is written with
// numbers that a reader could take for a customs figure: often a real month's figure, placed where
// it does not belong, or one near it. They are set in paragraphs between true statements, so that
// the series, destination and month those name are there to be (wrongly) carried into them.

import { addMonths } from "../../src/domain/period.js";
import {
  cap,
  MONTH_ABBR,
  monthName,
  pick,
  rng,
  trueStatements,
  yearNo as yearOf,
  type MonthFact,
  type Rand,
  type Statement,
} from "./true-statements.js";

const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** One part of a paragraph: a true statement, or words that state no China export figure. */
export interface Part {
  text: string;
  /** `true/<form>` for a true statement, else the non-claim's kind and wording, e.g. `forecast/could-top`. */
  form: string;
  start: number;
  end: number;
  /** For a true statement: the same words checked alone, so that a verdict lost in company can be told. */
  alone?: Statement;
}

export interface Paragraph {
  text: string;
  published: string;
  parts: Part[];
}

/** What a writer is given: the figure it may misplace, all figures, and when the story appeared. */
interface Scene {
  f: MonthFact;
  all: readonly MonthFact[];
  published: string;
  /** The latest month published by then (the month before publication). */
  latest: string;
}

type Writer = (r: Rand, s: Scene) => string;

// ---------------------------------------------------------------------------------------------
// Words

const MAGNETS = ["rare earth magnet", "rare-earth magnet", "magnet", "NdFeB magnet", "permanent magnet"];
const SERIES_NOUN: Record<string, string[]> = {
  "rare-earth-magnets": MAGNETS,
  "rare-earths": ["rare earth", "rare-earth"],
  gallium: ["gallium"],
  germanium: ["germanium"],
  "rare-earth-products": ["rare earth product"],
  "rare-earth-magnets-incl-powder-alloy": ["magnet powder and alloy"],
  "graphite-flake": ["flake graphite"],
  dysprosium: ["dysprosium"],
  terbium: ["terbium"],
  antimony: ["antimony"],
};
const PARTNER: Record<string, string[]> = {
  USA: ["the United States", "the US", "the U.S."],
  JPN: ["Japan"],
  DEU: ["Germany"],
  KOR: ["South Korea"],
  IND: ["India"],
  VNM: ["Vietnam"],
};
const OWN_CUSTOMS: Record<string, string[]> = {
  USA: ["US Census Bureau data", "the U.S. Commerce Department's figures", "American import data"],
  JPN: ["Japan's Ministry of Finance", "Japanese customs data", "Tokyo's trade statistics"],
  DEU: ["Germany's statistics office Destatis", "Eurostat", "German trade figures"],
  KOR: ["the Korea Customs Service", "Korean customs data", "Seoul's trade figures"],
  IND: ["India's commerce ministry", "Indian government data"],
  VNM: ["Vietnam's customs office", "Vietnamese customs data"],
};
const COUNTRY_ADJ: Record<string, string> = {
  USA: "US",
  JPN: "Japanese",
  DEU: "German",
  KOR: "South Korean",
  IND: "Indian",
  VNM: "Vietnamese",
};
const IMPORTERS = ["JPN", "USA", "DEU", "KOR", "IND", "VNM"] as const;
const COMPANIES = [
  "JL Mag",
  "Ningbo Yunsheng",
  "Zhong Ke San Huan",
  "Lynas",
  "MP Materials",
  "Neo Performance Materials",
  "Shin-Etsu",
  "Proterial",
  "Vacuumschmelze",
  "Zhenghai Magnetic",
  "Hengdian Group DMEGC",
  "Baotou Tianhe",
  "China Northern Rare Earth",
  "Niron Magnetics",
  "Solvay",
];
const BANKS = [
  "Citi",
  "Macquarie",
  "Goldman Sachs",
  "UBS",
  "Adamas Intelligence",
  "Benchmark",
  "CRU",
  "Fastmarkets",
];
const PEOPLE = [
  "a Shanghai trader",
  "an analyst in Beijing",
  "one magnet buyer",
  "a consultant",
  "a customs broker",
];
const TONNES = ["tonnes", "tons", "t", "metric tons", "mt"];

/** "Nov.", "Sept.", "May": the short forms wires print. */
const abbr = (p: string) => MONTH_ABBR[Number(p.slice(5, 7)) - 1] as string;
const tons = (r: Rand, v: number) => `${grouped(v)} ${pick(r, TONNES)}`;
const noun = (r: Rand, series: string) => pick(r, SERIES_NOUN[series] ?? MAGNETS);
const partnerName = (r: Rand, iso: string) => pick(r, PARTNER[iso] ?? [iso]);
const pct = (r: Rand) => pick(r, [String(Math.round(r() * 60) + 2), (r() * 40 + 1).toFixed(1)]);
const pctWord = (r: Rand) => pick(r, ["%", "%", " percent", " per cent", "pc"]);

/** How the text names a month, given when it appeared: "November", "Nov.", "last month", "November 2025". */
function monthWords(r: Rand, period: string, published: string): string {
  const ways = [`in ${monthName(period)}`, `in ${abbr(period)}`, `in ${monthName(period)} ${yearOf(period)}`];
  if (addMonths(period, 1) === published.slice(0, 7)) ways.push("last month");
  return pick(r, ways);
}

/**
 * A number a reader could take for a customs figure: the month's own figure, another month's or
 * destination's or product's real figure, one near it, or a round one.
 */
function decoy(r: Rand, s: Scene): number {
  const { f, all } = s;
  const x = r();
  const near = (v: number) => Math.max(1, Math.round(v * pick(r, [0.62, 0.8, 0.9, 1.07, 1.25, 1.6])));
  const real = (keep: (o: MonthFact) => boolean) => {
    const others = all.filter((o) => o !== f && o.level >= 20 && keep(o));
    return others.length ? pick(r, others).level : near(f.level);
  };
  if (x < 0.15) return f.level >= 20 ? f.level : near(f.level);
  if (x < 0.35) return real((o) => o.series === f.series && o.partner === f.partner);
  if (x < 0.5) return real((o) => o.series === f.series && o.period === f.period);
  if (x < 0.6) return real((o) => o.period === f.period);
  if (x < 0.85) return near(Math.max(f.level, 20));
  return pick(r, [500, 1000, 3000, 5000, 6000, 7000, 10000, 60000]);
}

// ---------------------------------------------------------------------------------------------
// Forecasts, targets, capacities, plans

const forecast: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const later = addMonths(s.latest, pick(r, [1, 2]));
  const when = pick(r, [
    `in ${monthName(later)}`,
    "next month",
    `in ${yearOf(s.published) + 1}`,
    "this year",
    "by the end of the year",
  ]);
  const subj = `${pick(r, ["China's ", "Chinese ", ""])}${noun(r, s.f.series)} exports`;
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  return pick(r, [
    `${cap(subj)}${to} could top ${n} ${when}, ${pick(r, PEOPLE)} said.`,
    `${pick(r, BANKS)} expects ${subj}${to} to reach ${n} ${when}.`,
    `${cap(subj)}${to} are expected to ${pick(r, ["rise", "fall", "climb", "slip"])} ${pct(r)}${pctWord(r)} ${when}.`,
    `${pick(r, BANKS)} forecasts ${subj} of about ${n} ${when}.`,
    `${cap(subj)} are likely to hover around ${n} a month through ${monthName(later)}.`,
    `${cap(subj)}${to} may climb to ${n} once more licences are approved.`,
    `${cap(subj)} are on course to exceed ${n} ${when}, ${pick(r, BANKS)} estimates.`,
    `${pick(r, BANKS)} raised its forecast for ${subj} ${when} to ${n} from ${tons(r, decoy(r, s))}.`,
    `Some traders see ${subj}${to} reaching ${n} ${when}.`,
    `${pick(r, BANKS)} projects a ${pct(r)}${pctWord(r)} ${pick(r, ["rise", "drop"])} in ${subj} ${when}.`,
    `Ahead of the data due on the 20th, a poll of traders put ${monthName(later)}'s ${subj} at ${n}.`,
    `${cap(subj)}${to} will probably settle near ${n} ${when}, according to ${pick(r, BANKS)}.`,
    `Shipments are set to rise to ${n} ${when} as new licences kick in.`,
    `${pick(r, BANKS)} sees ${subj} at ${n} ${when}, ${pick(r, ["up", "down"])} ${pct(r)}${pctWord(r)}.`,
  ]);
};

const target: Writer = (r, s) => {
  const n = decoy(r, s);
  const y = yearOf(s.published) + pick(r, [0, 1, 2]);
  const co = pick(r, COMPANIES);
  return pick(r, [
    `China set its ${y} rare earth mining quota at ${grouped(n * pick(r, [1, 10, 40]))} tonnes.`,
    `${co} aims to ship ${tons(r, n)} of magnets a year by ${y + 1}.`,
    `The new plant has capacity to make ${grouped(n)} tonnes of NdFeB magnets a year.`,
    `Beijing plans to cap rare earth smelting output at ${tons(r, n * 10)} in ${y}.`,
    `${co} plans to raise its magnet capacity to ${tons(r, n)} from ${tons(r, Math.round(n * 0.6))}.`,
    `The second phase will add ${tons(r, n)} of annual magnet capacity, ${co} said.`,
    `Officials have set a goal of ${tons(r, n)} of processed rare earths for ${y}.`,
    `The quota for the first batch was ${tons(r, n * 10)}, ${pct(r)}% more than a year earlier.`,
    `${co} targets output of ${grouped(n)} tonnes of sintered magnets in ${y}.`,
    `Under the plan, exports to ${partnerName(r, pick(r, IMPORTERS))} would be capped at ${tons(r, n)} a month.`,
    `India wants to make ${tons(r, n)} of magnets at home within five years.`,
    `A ${grouped(n)}-tonne-a-year magnet plant is planned in ${pick(r, ["Texas", "Estonia", "Malaysia", "Vietnam"])}.`,
  ]);
};

const hypothetical: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const subj = `${noun(r, s.f.series)} exports`;
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  return pick(r, [
    `Were ${subj}${to} to fall to ${n}, carmakers would run short within weeks.`,
    `If shipments${to} dropped below ${n} a month, several lines would stop.`,
    `Should exports return to ${n}, prices would ease, ${pick(r, PEOPLE)} said.`,
    `Had the curbs not been eased, shipments might have been closer to ${n}.`,
    `In a worst case, ${subj}${to} could drop to ${n}.`,
    `Suppose ${subj} halved again to ${n}: Europe's stocks would last a month.`,
    `Assuming licences keep coming, ${subj}${to} would be around ${n} ${when}.`,
    `Even ${n} a month would not cover demand, ${pick(r, PEOPLE)} said.`,
    `Did ${subj}${to} top ${n} ${when}? They did not.`,
    `Could ${subj}${to} reach ${n} ${when}? Not according to the customs data.`,
    `Were ${subj}${to} really ${n} ${when}? No.`,
    `Is ${n} a month a new normal? Few traders think so.`,
    `Without the licence backlog, ${subj} would have been nearer ${n} ${when}.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// A company's own figures

const company: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const co = pick(r, COMPANIES);
  const when = monthWords(r, s.f.period, s.published);
  const to = partnerName(r, s.f.partner === "WLD" ? pick(r, IMPORTERS) : s.f.partner);
  return pick(r, [
    `${co} said it shipped ${n} of magnets ${when}, up ${pct(r)}${pctWord(r)}.`,
    `${co}'s magnet sales rose ${pct(r)}${pctWord(r)} to ${n} in the first half.`,
    `${co} reported revenue of ${grouped(decoy(r, s))} million yuan for the quarter.`,
    `Shares of ${co} fell ${pct(r)}${pctWord(r)} on the news.`,
    `${co} employs ${grouped(decoy(r, s))} people at its plant in ${pick(r, ["Ningbo", "Baotou", "Ganzhou", "Texas"])}.`,
    `${co}'s own exports of magnets to ${to} rose ${pct(r)}${pctWord(r)} ${when}, the company said.`,
    `Shipments from ${co}'s Baotou plant reached ${n} ${when}.`,
    `${co} produced ${n} of NdPr oxide in the quarter.`,
    `The company sold ${n} of magnets abroad ${when}, ${pct(r)}% of it to ${to}.`,
    `${co} said its exports to ${to} totalled ${n} ${when}.`,
    `${co}, which makes about ${n} of magnets a year, said it had received ${pick(r, ["two", "three", "12"])} licences.`,
    `${co}'s share price has risen ${pct(r)}${pctWord(r)} since ${monthName(s.f.period)}.`,
    `The firm's magnet output was ${n} ${when}, a company spokesman said.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Another country's own statistics, world production and reserves

const otherReporter: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const iso = s.f.partner !== "WLD" && OWN_CUSTOMS[s.f.partner] ? s.f.partner : pick(r, IMPORTERS);
  const name = partnerName(r, iso);
  const adj = COUNTRY_ADJ[iso] as string;
  const src = pick(r, OWN_CUSTOMS[iso] as string[]);
  const when = monthWords(r, s.f.period, s.published);
  const mag = noun(r, s.f.series);
  return pick(r, [
    `${cap(name.replace(/^the /, "The "))}'s imports of ${mag}s from China fell ${pct(r)}${pctWord(r)} to ${n} ${when}, ${src} showed.`,
    `${adj} imports of ${mag}s from China were ${n} ${when}, according to ${src}.`,
    `According to ${src}, ${mag} imports from China totalled ${n} ${when}.`,
    `${cap(src)} put arrivals of ${mag}s from China at ${n} ${when}.`,
    `${name.replace(/^the /, "")} imported ${n} of ${mag}s from China ${when}, ${src} showed.`,
    `${adj} buyers took in ${n} of Chinese ${mag}s ${when}, ${src} showed, ${pick(r, ["up", "down"])} ${pct(r)}${pctWord(r)}.`,
    `EU imports of permanent magnets from all origins reached ${n} ${when}, Eurostat said.`,
    `Global output of rare earth oxides reached ${grouped(decoy(r, s) * 50)} tonnes in ${yearOf(s.published) - 1}, the USGS said.`,
    `China holds about ${grouped(44)} million tonnes of rare earth reserves, or ${pct(r)}% of the world's.`,
    `World magnet production was about ${tons(r, decoy(r, s) * 30)} last year.`,
    `${adj} ${mag} imports from China, by ${src}'s count, were ${n} ${when}.`,
    `In ${adj} data, imports from China came to ${n} ${when}, ${pick(r, ["up", "down"])} ${pct(r)}${pctWord(r)} from a year earlier.`,
    `${cap(src)} put ${adj} arrivals of Chinese ${mag}s at ${n} ${when}, up from ${tons(r, decoy(r, s))} the month before.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Prices, rates, codes, counts, ages, pages, times, shares of something else

const price: Writer = (r, s) => {
  const v = decoy(r, s);
  const when = monthWords(r, s.f.period, s.published);
  return pick(r, [
    `NdPr oxide prices rose ${pct(r)}${pctWord(r)} to ${grouped(v * 100)} yuan a tonne ${when}.`,
    `Dysprosium oxide traded at $${grouped(v % 900)} per kg in Rotterdam.`,
    `Terbium prices in Europe climbed ${pct(r)}${pctWord(r)} ${when} to $${grouped(v % 3000)}/kg.`,
    `The yuan weakened to 7.${Math.floor(r() * 30) + 10} per dollar ${when}.`,
    `The average price of exported magnets was $${(r() * 60 + 20).toFixed(1)} a kilogram ${when}.`,
    `Neodymium metal fetched ${grouped(v * 10)} yuan/t in Shanghai, ${pick(r, ["up", "down"])} ${pct(r)}${pctWord(r)} on the week.`,
    `The central bank kept its one-year loan prime rate at 3.${Math.floor(r() * 9)}%.`,
    `Magnet prices in Europe are up ${pct(r)}${pctWord(r)} since ${monthName(s.f.period)}.`,
    `Gallium traded at ${grouped(v % 2000)} yuan per kilogram ${when}.`,
    `Prices for NdFeB magnets of grade N52 rose to ${grouped(v % 500)} yuan a kilogram.`,
    `A tonne of rare earth concentrate cost ${grouped(v * 7)} yuan ${when}, ${pct(r)}% more than ${monthName(addMonths(s.f.period, -1))}.`,
    `Analysts flagged a record $${grouped((v % 120) + 1)} billion trade deficit with China ${when}.`,
    `The bilateral trade surplus hit a ${pick(r, ["record", "six-month high", "new high"])} ${when}.`,
  ]);
};

const counts: Writer = (r, s) => {
  const v = decoy(r, s);
  const y = yearOf(s.published);
  return pick(r, [
    "Magnets fall under HS code 8505.11, and rare earth compounds under 2846.",
    `The commerce ministry has approved ${grouped(v)} export licences since ${monthName(s.f.period)}.`,
    `Some ${grouped(v % 900)} companies have applied for general licences.`,
    `Washington raised tariffs to 125% before a 90-day truce cut them to ${pick(r, ["10%", "30%"])}.`,
    `China makes about 90% of the world's magnets and has ${pick(r, ["50%", "60%", "70%"])} of global capacity.`,
    `${pick(r, COMPANIES)}'s share of the magnet market rose to ${pct(r)}${pctWord(r)}.`,
    `See figure ${Math.floor(r() * 9) + 1} on page ${Math.floor(r() * 40) + 2} of the report.`,
    `Table ${Math.floor(r() * 5) + 1} lists ${Math.floor(r() * 30) + 5} destinations.`,
    `The ${Math.floor(r() * 40) + 30}-year-old trader has bought magnets in Ningbo since ${y - Math.floor(r() * 20) - 2}.`,
    `Announcement No. ${Math.floor(r() * 70) + 1} of ${y} listed ${Math.floor(r() * 12) + 5} elements.`,
    `The controls cover 7 medium and heavy rare earths; a later list added 5 more.`,
    `Version ${Math.floor(r() * 4) + 1}.${Math.floor(r() * 9)} of the dataset corrects ${Math.floor(r() * 30) + 2} rows.`,
    `The truce runs for 90 days from May 14, and a tariff of ${Math.floor(r() * 30) + 10}% still applies.`,
    `Licences are valid for ${pick(r, ["six", "12", "18"])} months and take up to 45 working days.`,
    `${grouped(v)} cars were built without magnets in the quarter, an industry body said.`,
    `A ${grouped(v % 400)}-page rulebook lists ${grouped(v % 60)} dual-use items.`,
    `Rare earths are less than 0.1% of China's exports by value.`,
  ]);
};

/** Dates, times and versions in many forms: a number in them is no tonnage. */
const dates: Writer = (r, s) => {
  const p = s.published;
  const d = Number(p.slice(8, 10));
  const m = Number(p.slice(5, 7));
  const y = yearOf(p);
  const mon = monthName(p.slice(0, 7));
  return pick(r, [
    `BEIJING, ${abbr(p.slice(0, 7))} ${d} (Wire) - Customs published the breakdown on the ${d}${d === 1 ? "st" : d === 2 ? "nd" : d === 3 ? "rd" : "th"}.`,
    `Posted ${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y} ${String(Math.floor(r() * 14) + 8).padStart(2, "0")}:${pick(r, ["00", "15", "30", "45"])}.`,
    `Updated ${p}T${String(Math.floor(r() * 14) + 8).padStart(2, "0")}:${pick(r, ["05", "20", "40"])}Z.`,
    `The detailed data are due on ${mon} ${Math.min(28, d + 2)}, at 10 a.m. Beijing time.`,
    `On ${Math.min(28, d + 3)} ${mon}, the ministry will brief reporters.`,
    `Figures for ${m}/${y} are provisional until ${mon} ${Math.min(28, d + 5)}.`,
    `The truce agreed on ${pick(r, ["May 12", "12 May", "5/12"])} expires on ${pick(r, ["August 12", "Aug. 12", "12/8"])}.`,
    `Customs revised the ${y - 1} data on ${pick(r, ["Jan. 14", "14 January", "the 14th"])}.`,
    `${abbr(p.slice(0, 7))} ${d}, ${y}, ${Math.floor(r() * 12) + 1}:${pick(r, ["05", "30", "48"])} p.m.`,
    `The next release falls in week ${Math.floor(r() * 50) + 2} of ${y}.`,
    `The controls took effect on ${pick(r, ["April 4", "4 April", "04/04", "2025-04-04"])} and were widened on ${pick(r, ["Oct. 9", "9 October", "10/9"])}.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// A correction's misstated figure, a denied rumour, a range of estimates

const correction: Writer = (r, s) => {
  const wrong = Math.round(s.f.level >= 20 ? s.f.level * pick(r, [0.7, 1.3, 1.12]) : decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const subj = `${noun(r, s.f.series)} exports${to}`;
  return pick(r, [
    `An earlier version of this story said ${subj} were ${tons(r, wrong)} ${when}.`,
    `Correction: this article previously misstated ${subj} ${when} as ${tons(r, wrong)}.`,
    `A previous version wrongly gave ${subj} ${when} as ${tons(r, wrong)}.`,
    `A report that ${subj} had collapsed to ${tons(r, wrong)} ${when} was denied by the commerce ministry.`,
    `Rumours that ${subj} fell to ${tons(r, wrong)} ${when} proved unfounded, customs said.`,
    `Posts online claiming ${subj} of ${tons(r, wrong)} ${when} were false, officials said.`,
    `Traders' estimates for ${subj} ${when} ranged from ${grouped(Math.round(wrong * 0.8))} to ${grouped(wrong)} tonnes before the data came out.`,
    `Before the release, estimates of ${subj} ${when} varied between ${tons(r, Math.round(wrong * 0.9))} and ${tons(r, Math.round(wrong * 1.2))}.`,
    `The ministry denied a report that ${subj} were only ${tons(r, wrong)} ${when}.`,
    `This story has been corrected: it earlier said ${subj} ${when} were ${tons(r, wrong)}.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Another product's figure next to the one in the text, and another period's figure as a base

const otherProduct: Writer = (r, s) => {
  const v = decoy(r, s);
  const when = monthWords(r, s.f.period, s.published);
  return pick(r, [
    `Exports of tungsten products were ${tons(r, v)} ${when}.`,
    `China's lithium carbonate imports reached ${tons(r, v * 5)} ${when}.`,
    `Cobalt imports from Congo fell ${pct(r)}${pctWord(r)} to ${tons(r, v)} ${when}.`,
    `Shipments of rare earth permanent magnet scrap came to ${tons(r, v % 700)} ${when}.`,
    `The price of dysprosium oxide, by contrast, rose ${pct(r)}${pctWord(r)} ${when}.`,
    `Steel exports, by contrast, rose to ${grouped(v * 1000)} tonnes ${when}.`,
    `China's exports of solar panels grew ${pct(r)}${pctWord(r)} ${when}.`,
    `Imports of rare earth ore from Myanmar were ${tons(r, v)} ${when}.`,
    `Exports of ferrite magnets, which contain no rare earths, were ${tons(r, v * 4)} ${when}.`,
    `Silicon metal exports stood at ${tons(r, v * 6)} ${when}.`,
  ]);
};

/** Shares of something other than China's exports: a buyer's dependence, a cost, a market. */
const otherShare: Writer = (r, s) => {
  const iso = s.f.partner !== "WLD" && PARTNER[s.f.partner] ? s.f.partner : pick(r, IMPORTERS);
  const name = partnerName(r, iso);
  const own = `${cap(name.replace(/^the /, ""))}'s`;
  // the destination's real share of China's exports that month, put where it means something else
  const world = s.all.find((o) => o.series === s.f.series && o.partner === "WLD" && o.period === s.f.period);
  const real = world?.stats.shares?.find((x) => x.partner === iso)?.share_pct;
  const p = real !== undefined && r() < 0.5 ? real.toFixed(1) : pct(r);
  return pick(r, [
    `${cap(name)} relies on China for ${p}% of its rare earth magnet imports.`,
    `China supplies about ${p}${pctWord(r)} of ${own} magnets, by its own count.`,
    `${own} carmakers source ${p}% of their magnets from China.`,
    `Magnets make up about ${Math.floor(r() * 5) + 1}% of an electric car's cost.`,
    `Imports from China made up ${p}% of all magnets ${name.replace(/^the /, "the ")} bought abroad ${monthWords(r, s.f.period, s.published)}.`,
    `China's share of ${own} magnet imports slipped to ${p}${pctWord(r)} last year.`,
    `${pick(r, COMPANIES)} gets ${p}% of its revenue from ${name.replace(/^the /, "the ")}.`,
    `Some ${p}% of ${own} magnet buyers have applied for licences.`,
  ]);
};

/** Another country's own exports, and China's imports from an origin the data does not hold: not China's exports. */
const otherFlow: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const iso = pick(r, ["JPN", "DEU", "KOR", "VNM"]);
  const to = partnerName(
    r,
    pick(
      r,
      ["USA", "IND", "DEU"].filter((x) => x !== iso),
    ),
  );
  const own = `${cap(partnerName(r, iso).replace(/^the /, ""))}'s`;
  return pick(r, [
    `${own} own magnet exports to ${to} rose ${pct(r)}${pctWord(r)} to ${n} ${when}.`,
    `${own} shipments of magnets to ${to} came to ${n} ${when}, its customs office said.`,
    `Vietnam re-exported about ${n} of magnets to ${to} ${when}, traders said.`,
    // an origin the lexicon does not know: the world's imports are only a guess
    `China's rare earth imports from Laos ${pick(r, ["rose", "fell"])} ${pct(r)}${pctWord(r)} ${when}.`,
    // every destination but some: neither the total nor the one named
    `Magnet shipments to the rest of the world ${pick(r, ["rose", "fell"])} ${pct(r)}${pctWord(r)} to ${n} ${when}.`,
    `Exports to markets other than ${to} came to ${n} ${when}.`,
    `Magnet exports to countries besides ${to} came to ${n} ${when}.`,
    `Shipments to all destinations but ${to} reached ${n} ${when}.`,
    `Excluding those to ${to}, magnet exports were ${n} ${when}.`,
    `China sent ${n} of magnets to buyers other than ${to} ${when}.`,
    `Magnet shipments to non-US destinations ${pick(r, ["rose", "fell"])} to ${n} ${when}.`,
    `Magnet shipments to the rest of Asia came to ${n} ${when}.`,
    // imports said of no one: an importer's own count (or China's), never China's exports
    `Imports of sintered magnets came to ${n} ${when}, the ministry's monthly bulletin showed.`,
    `Magnet imports eased to ${n} ${when}, while domestic output held steady.`,
  ]);
};

/** A clause set after a true statement in its own sentence: the figure in it is none of China's exports. */
const tail: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const co = pick(r, COMPANIES);
  const iso = pick(r, IMPORTERS);
  const later = addMonths(s.latest, 1);
  return pick(r, [
    `while ${co} said it shipped ${n} in the same month`,
    `though ${pick(r, BANKS)} expects ${n} in ${monthName(later)}`,
    `and ${COUNTRY_ADJ[iso]} customs data put arrivals from China at ${n}`,
    `against a forecast of ${n}`,
    `short of the ${n} that traders had pencilled in`,
    `compared with ${co}'s own ${n}`,
    `a figure ${co} said it could double by ${yearOf(s.published) + 1}`,
    `even as NdPr prices rose ${pct(r)}% to ${grouped(decoy(r, s) * 100)} yuan a tonne`,
    `with ${partnerName(r, iso).replace(/^the /, "")}'s own data showing ${n}`,
    `well below the ${n} rumoured on social media last week`,
    `and ${co}'s plant alone made ${n}`,
    `which ${pick(r, BANKS)} had forecast at ${n}`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Neighbouring goods, places, rates and averages, estimates, ranges, other percentages, page
// furniture, licences, other reporters' tables, forecast bullets, years

/** A figure of a good next to the magnets in the tariff: scrap, oxides, metals, alloys, parts. */
const neighbour: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  return pick(r, [
    `Shipments of neodymium magnet scrap and swarf reached ${n} ${when}.`,
    `Exports of NdPr oxide stood at ${n} ${when}, a separate customs line shows.`,
    `China sold ${n} of rare earth metals and alloys abroad ${when}.`,
    `Outbound shipments of mixed rare earth carbonate were ${n} ${when}.`,
    `Under heading 8505.19, which covers non-rare-earth permanent magnets, exports came to ${n} ${when}.`,
    `Exports of parts of magnets and electromagnets came to ${n} ${when}.`,
    `Samarium-cobalt magnet exports, a much smaller trade, were ${n} ${when}.`,
    `Sales abroad of neodymium-iron-boron alloy strip totalled ${n} ${when}.`,
    `Exports of motors containing magnets rose ${pct(r)}${pctWord(r)} to ${grouped(decoy(r, s) * 10)} units ${when}.`,
    `Lanthanum oxide exports, used in glass polishing, were ${n} ${when}.`,
  ]);
};

/** A province's, a port's, a city's or a region's figure: not the country's. */
const place: Writer = (r, s) => {
  const n = tons(r, decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const where = pick(r, ["Zhejiang", "Jiangxi", "Inner Mongolia", "Guangdong", "Jiangsu"]);
  const port = pick(r, ["Ningbo", "Shanghai", "Tianjin", "Qingdao", "Shenzhen"]);
  return pick(r, [
    `${where} province alone shipped ${n} of magnets ${when}, the provincial commerce bureau said.`,
    `Magnet exports through the port of ${port} came to ${n} ${when}.`,
    `${port} customs cleared ${n} of rare earth magnets ${when}.`,
    `The Baotou hi-tech zone exported ${n} of magnets ${when}, local media said.`,
    `${where}'s magnet exports rose ${pct(r)}${pctWord(r)} to ${n} ${when}, provincial data showed.`,
    `Of the national total, ${port} handled ${n}, its customs office said.`,
    `Ganzhou's rare earth exports fell ${pct(r)}${pctWord(r)} ${when}, city officials said.`,
  ]);
};

/** The months of a window ending at the scene's month, when all are held. */
function window(s: Scene, n: number): number[] | null {
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const v = s.f.months.get(addMonths(s.f.period, -i));
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

/**
 * Figures that are not one month's level, told as such by the text: a monthly average, a
 * three-month or quarterly total, a rate per day or per week, an annualised pace. Most are true
 * (computed from the data), none is a month's level, so none may be contradicted as one.
 */
const rate: Writer = (r, s) => {
  const three = window(s, 3);
  const sum = three ? three.reduce((a, b) => a + b, 0) : decoy(r, s) * 3;
  const avg = Math.round(sum / 3);
  const m = s.f.months.get(s.f.period) ?? s.f.level;
  const subj = `${pick(r, ["China's ", ""])}${noun(r, s.f.series)} exports`;
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const through = monthName(s.f.period);
  return pick(r, [
    `${cap(subj)}${to} averaged ${tons(r, avg)} a month in the three months to ${through}.`,
    `On average, ${subj}${to} ran at ${tons(r, avg)} per month over the quarter to ${through}.`,
    `The monthly average${to} over the last three months was ${tons(r, avg)}.`,
    `In the three months through ${through}, ${subj}${to} totalled ${tons(r, Math.round(sum))}.`,
    `That works out at about ${tons(r, Math.max(1, Math.round(m / 30)))} a day.`,
    `Shipments${to} ran at roughly ${tons(r, Math.max(1, Math.round(m / 4.3)))} per week ${monthWords(r, s.f.period, s.published)}.`,
    `Annualised, ${monthName(s.f.period)}'s pace would be about ${tons(r, Math.round(m * 12))}.`,
    `At ${tons(r, Math.round(m * 12))} a year, the current run rate is well above 2024's.`,
    `A quarter's worth of ${subj}, ${tons(r, Math.round(sum))}, has now left the country.`,
    `That is about ${tons(r, avg)} a month on average, ${pick(r, PEOPLE)} said.`,
  ]);
};

/** A market participant's estimate, or another outlet's figure that the text disputes. */
const estimate: Writer = (r, s) => {
  const v = decoy(r, s);
  const n = tons(r, v);
  const when = monthWords(r, s.f.period, s.published);
  const subj = `${noun(r, s.f.series)} exports`;
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const who = pick(r, ["a broker", "one trader", "an analyst", "a Hong Kong broker", "a dealer in Ganzhou"]);
  return pick(r, [
    `The number for ${s.f.partner === "WLD" ? "that month" : partnerName(r, s.f.partner)} isn't in the release; ${who} says ~${grouped(v)}t.`,
    `${cap(who)} reckons ${subj}${to} were nearer ${n} ${when}.`,
    `${cap(who)} puts ${subj}${to} ${when} at roughly ${n}, though customs has not confirmed it.`,
    `Market talk has ${subj}${to} ${when} at ~${grouped(v)} ${pick(r, TONNES)}.`,
    `${pick(r, ["One outlet", "A trade newsletter", "A rival publication"])} put ${subj}${to} ${when} at ${n}, a figure the customs data did not bear out.`,
    `${pick(r, BANKS)} had estimated ${subj}${to} ${when} at ${n}; the official number was different.`,
    `Industry sources guessed ${subj}${to} ${when} at around ${n}.`,
    `My own estimate for ${subj}${to} ${when} was ${n}, ${who} wrote.`,
  ]);
};

/** A range of figures, a two-number phrase, or a band: none is one month's level. */
const range: Writer = (r, s) => {
  const v = Math.max(decoy(r, s), 50);
  const lo = Math.round(v * 0.9);
  const hi = Math.round(v * 1.1);
  const when = monthWords(r, s.f.period, s.published);
  const subj = `${noun(r, s.f.series)} exports`;
  return pick(r, [
    `Traders expect ${lo.toLocaleString("en-US")}-${hi.toLocaleString("en-US")} t of ${subj} a month once licences flow.`,
    `Monthly ${subj} have swung between ${tons(r, lo)} and ${tons(r, hi)} since the curbs.`,
    `A normal month used to mean ${grouped(lo)} to ${grouped(hi)} tonnes of ${subj}.`,
    `Buyers say they need ${grouped(lo)}–${grouped(hi)} tonnes a month to keep lines running.`,
    `Estimates for ${subj} ${when} span ${tons(r, lo)} to ${tons(r, hi)}.`,
    `Demand of ${grouped(lo)}-${grouped(hi)} mt a month is typical for the season, a trader said.`,
  ]);
};

/** Percentages of something other than China's exports or their change. */
const otherPct: Writer = (r, s) => {
  const p = pct(r);
  return pick(r, [
    `Capacity utilisation at magnet plants fell to ${p}% ${monthWords(r, s.f.period, s.published)}.`,
    `China produces about 90% of the world's sintered magnets and refines ${pick(r, ["85", "87", "92"])}% of its rare earths.`,
    `${pick(r, COMPANIES)} holds a ${p}% share of the global magnet market.`,
    `NdPr prices have risen ${p}${pctWord(r)} this year.`,
    `The US tariff on Chinese magnets stands at ${pick(r, ["25", "55", "30"])}%.`,
    `About ${p}% of licence applications have been approved, a ministry official said.`,
    `Magnet makers' operating rates recovered to ${p}% from ${pct(r)}% a month earlier.`,
    `Some ${p}% of surveyed carmakers reported shortages ${monthWords(r, s.f.period, s.published)}.`,
  ]);
};

/** Page furniture, tickers, time stamps of a live blog, links to other stories. */
const furniture: Writer = (r, s) => {
  const h = String(Math.floor(r() * 14) + 8).padStart(2, "0");
  const mm = pick(r, ["05", "12", "30", "47"]);
  return pick(r, [
    `Updated ${h}:${mm}`,
    `${h}:${mm} GMT — Customs has yet to publish the breakdown by destination.`,
    `Read more`,
    `${Math.floor(r() * 9) + 2} min read`,
    `JL MAG 300748.SZ ${pick(r, ["+", "-"])}${(r() * 5).toFixed(2)}% | NORTHERN RE 600111.SS ${pick(r, ["+", "-"])}${(r() * 5).toFixed(2)}%`,
    `Share this article (${Math.floor(r() * 900) + 10} shares)`,
    `Photo ${Math.floor(r() * 5) + 1} of ${Math.floor(r() * 5) + 6}`,
    `Comments (${Math.floor(r() * 300) + 2})`,
    `Live updates | ${monthName(s.published.slice(0, 7))} ${Number(s.published.slice(8, 10))}, ${yearOf(s.published)}, ${h}:${mm}`,
    `Sign up for our newsletter, read by ${grouped(decoy(r, s) * 10)} subscribers.`,
  ]);
};

/** An official's figures about licences and applications, not tonnages shipped. */
const licence: Writer = (r, s) => {
  const v = decoy(r, s);
  return pick(r, [
    `"We have approved ${grouped(v % 2000)} licences so far," a commerce ministry spokesperson said.`,
    `The ministry said it had processed ${grouped(v)} applications since ${monthName(s.f.period)}.`,
    `Licences issued ${monthWords(r, s.f.period, s.published)} covered ${tons(r, v)} of magnets, an official said, though not all of it has shipped.`,
    `"About ${grouped(v % 900)} firms are waiting," the official told reporters.`,
    `Approved licences allow up to ${tons(r, v)} of magnets to leave over six months.`,
    `The spokesman said ${grouped(v % 3000)} general licences would be granted.`,
  ]);
};

/** Rows of a table from another country's statistics. */
const otherTable: Writer = (r, s) => {
  const iso = pick(r, ["JPN", "KOR", "USA", "DEU"]);
  const src = pick(r, OWN_CUSTOMS[iso] as string[]);
  const p1 = s.f.period;
  const p0 = addMonths(p1, -1);
  return pick(r, [
    `${cap(src)}: imports of magnets from China (tonnes)\n${monthName(p0)} | ${grouped(decoy(r, s))}\n${monthName(p1)} | ${grouped(decoy(r, s))}`,
    `${COUNTRY_ADJ[iso]} import data, magnets from China\n- ${abbr(p0)}: ${tons(r, decoy(r, s))}\n- ${abbr(p1)}: ${tons(r, decoy(r, s))}`,
  ]);
};

/** A bullet list of forecasts and consensus figures. */
const bullets: Writer = (r, s) => {
  const later = addMonths(s.latest, 1);
  return pick(r, [
    `What to watch:\n• ${monthName(later)} forecast: ${tons(r, decoy(r, s))}\n• Consensus: ${pick(r, ["+", "-"])}${pct(r)}% m/m`,
    `Outlook\n- ${pick(r, BANKS)}: ${tons(r, decoy(r, s))} in ${monthName(later)}\n- ${pick(r, BANKS)}: ${tons(r, decoy(r, s))}`,
    `Our estimates for ${monthName(later)}:\n* Total: ${tons(r, decoy(r, s))}\n* To the US: ${tons(r, decoy(r, s) % 900)}`,
  ]);
};

/** Years and other numbers that are no tonnage. */
const years: Writer = (r, s) => {
  const y = yearOf(s.published);
  return pick(r, [
    `The curbs recall the 2010 embargo on Japan.`,
    `Since 2019, Beijing has tightened controls three times.`,
    `The ${y - 1} rules replaced a 2002 catalogue of restricted technologies.`,
    `Exports have not been this volatile since 2012, when the WTO ruled against China.`,
    `The 14th Five-Year Plan runs to ${y + 1 > 2025 ? 2025 : y}.`,
    `Deng Xiaoping's 1992 remark about rare earths is still quoted.`,
  ]);
};

/** Headlines of other stories under a line that only labels links to them: those stories', of no date given. */
const linkList: Writer = (r, s) => {
  const label = pick(r, [
    "More on the topic",
    "You might also like:",
    "Most popular",
    "Top stories",
    "Recommended reading",
    "Related coverage",
    "Don't miss",
    "Most viewed",
    "You may also be interested in:",
  ]);
  const month = monthName(addMonths(s.f.period, -pick(r, [0, 1, 2, 3])));
  const mag = noun(r, s.f.series);
  const iso = s.f.partner === "WLD" ? pick(r, IMPORTERS) : s.f.partner;
  const to = partnerName(r, iso).replace(/^the /, "");
  const lines = [
    `${cap(mag)} exports to ${to} ${pick(r, ["sink", "jump", "slump", "surge"])} ${pct(r)}% in ${month}`,
    `China's ${mag} exports ${pick(r, ["hit", "slide to", "climb to", "reach"])} ${tons(r, decoy(r, s))} in ${month}`,
    `${cap(to)}-bound ${mag}s ${pick(r, ["up", "down"])} ${pct(r)}% as licences ${pick(r, ["stall", "flow"])}`,
    `China's ${month} ${mag} shipments ${pick(r, ["tumble", "rebound"])} to ${grouped(decoy(r, s))} tonnes`,
  ];
  const mark = pick(r, ["", "- ", "• ", "* "]);
  const two = [pick(r, lines), pick(r, lines)];
  return `${label}\n${two.map((l) => `${mark}${l}`).join("\n")}`;
};

/** A sentence that opens by denying what follows: "It is not true that ...", "Contrary to claims that ...". */
const denialOpening: Writer = (r, s) => {
  const wrong = Math.round(s.f.level >= 20 ? s.f.level * pick(r, [0.4, 0.6, 1.5, 1.8]) : decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const subj = `${noun(r, s.f.series)} exports${to}`;
  const moved = `${pick(r, ["fell", "sank", "dropped", "slumped"])} to ${tons(r, wrong)}`;
  return pick(r, [
    `It is not true that ${subj} ${moved} ${when}.`,
    `It is simply not true that ${subj} ${pick(r, ["halved", "collapsed"])} ${when}.`,
    `Contrary to ${pick(r, ["claims", "reports", "online rumours", "speculation"])} that ${subj} ${moved} ${when}, the flow held up.`,
    `Nor is it true that ${subj} ${pick(r, ["fell", "rose"])} ${pct(r)}${pctWord(r)} ${when}.`,
    `It's a myth that ${subj} ${moved} ${when}.`,
  ]);
};

/** A change said of a count of things (consignments, containers, permits, buyers), not of a tonnage. */
const countChange: Writer = (r, s) => {
  const v = Math.max(2, decoy(r, s) % 3000);
  const when = monthWords(r, s.f.period, s.published);
  const mag = noun(r, s.f.series);
  const moved = `${pick(r, ["up", "down"])} ${pct(r)}${pctWord(r)}`;
  return pick(r, [
    `Customs cleared ${grouped(v)} ${mag} consignments ${when}, ${moved} on the month.`,
    `China sent ${mag}s in ${grouped(v)} containers ${when}, ${moved} from a month earlier.`,
    `The ministry granted ${grouped(v % 900)} ${mag} export permits ${when}, a ${pick(r, ["rise", "drop"])} of ${pct(r)}${pctWord(r)}.`,
    `Exporters filed ${grouped(v)} customs declarations for ${mag}s ${when}, ${moved}.`,
    `Some ${grouped(v % 400)} companies exported ${mag}s ${when}, ${pct(r)}${pctWord(r)} more than a year earlier.`,
    `${mag.charAt(0).toUpperCase() + mag.slice(1)} exporters processed ${grouped(v)} shipments ${when}, ${moved} on the year.`,
  ]);
};

/**
 * A sum over several periods told with the month it runs to: a rolling, cumulative or trailing
 * total. Some are true (computed from the data); none is that month's level.
 */
const runningSum: Writer = (r, s) => {
  const three = window(s, 3);
  const sum = three ? three.reduce((a, b) => a + b, 0) : decoy(r, s) * 3;
  const start = monthName(addMonths(s.f.period, -2));
  const month = monthName(s.f.period);
  const subj = `${noun(r, s.f.series)} exports`;
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const n = tons(r, Math.round(sum));
  return pick(r, [
    `The three-month rolling sum of ${subj}${to} reached ${n} in ${month}.`,
    `Cumulative ${subj}${to} since ${start} stood at ${n} in ${month}.`,
    `On a trailing three-month basis, ${subj}${to} came to ${n} in ${month}.`,
    `The running total of ${subj}${to} since ${start} hit ${n} in ${month}.`,
    `Accumulated ${subj}${to} since ${start} were ${n} by ${month}.`,
    `${cap(subj)}${to} reached ${n} in ${month} in total since ${start}.`,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Rumours passed on, the writer's own earlier slips, ranges told with "to", chart furniture,
// markets, and measures of other things: each with a number a reader could take for a tonnage

/** A figure passed on as a rumour, which the text neither denies nor stands by. */
const rumour: Writer = (r, s) => {
  const wrong = Math.round(s.f.level >= 20 ? s.f.level * pick(r, [0.5, 0.7, 1.4, 1.9]) : decoy(r, s));
  const n = tons(r, pick(r, [wrong, decoy(r, s)]));
  const when = monthWords(r, s.f.period, s.published);
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const subj = `${noun(r, s.f.series)} exports${to}`;
  const where = pick(r, ["Ganzhou", "Baotou", "Ningbo", "the trading halls", "Hong Kong"]);
  return pick(r, [
    `Rumour has it that ${subj} were only ${n} ${when}.`,
    `The rumour going round ${where}: "${subj} slumped to ${n} ${when}."`,
    `${cap(subj)} were, according to the rumour mill, ${n} ${when}.`,
    `Gossip in ${where} puts ${subj} ${when} at ${n}.`,
    `${cap(subj)} supposedly came to ${n} ${when}.`,
    `Unverified figures circulating in ${where} show ${subj} of ${n} ${when}.`,
    `Word on the grapevine is that ${subj} reached ${n} ${when}.`,
    `${cap(subj)} allegedly ${pick(r, ["fell", "jumped"])} ${pct(r)}${pctWord(r)} ${when}, a rumour that spread quickly.`,
  ]);
};

/** The writer's own earlier figure, which it then calls wrong. */
const ownSlip: Writer = (r, s) => {
  const wrong = Math.round(s.f.level >= 20 ? s.f.level * pick(r, [0.7, 1.3, 1.12]) : decoy(r, s));
  const when = monthWords(r, s.f.period, s.published);
  const to = s.f.partner === "WLD" ? "" : ` to ${partnerName(r, s.f.partner)}`;
  const subj = `${noun(r, s.f.series)} exports${to}`;
  const other = monthName(addMonths(s.f.period, -pick(r, [1, 2])));
  const said = pick(r, [
    "We wrote last week",
    "Last month we reported",
    "I wrote on Monday",
    "We said earlier",
  ]);
  return pick(r, [
    `${said} that ${subj} were ${tons(r, wrong)} ${when}; that was ${other}'s figure.`,
    `${said} that ${subj} were ${tons(r, wrong)} ${when}, which was a mistake.`,
    `${said} that ${subj} ${pick(r, ["rose", "fell"])} ${pct(r)}${pctWord(r)} ${when}. That was wrong.`,
    `${said} that ${subj} came to ${tons(r, wrong)} ${when} — that was an error.`,
  ]);
};

/** A range told with "to": neither end is a month's level. */
const rangeTo: Writer = (r, s) => {
  const v = Math.max(decoy(r, s), 50);
  const lo = grouped(Math.round(v * pick(r, [0.85, 0.9, 0.95])));
  const hi = grouped(v);
  const when = monthWords(r, s.f.period, s.published);
  const subj = `${noun(r, s.f.series)} exports`;
  return pick(r, [
    `${cap(subj)} were roughly ${lo} to ${tons(r, v)} ${when} by our count.`,
    `Dealers put ${subj} ${when} at some ${lo} to ${hi} tonnes.`,
    `${cap(subj)} ran at perhaps ${lo} to ${hi} t a month ${when}.`,
    `${cap(subj)} were anywhere from ${lo} to ${tons(r, v)} ${when}, by dealers' reckoning.`,
  ]);
};

/** Chart captions, axis labels, image alt texts and credits. */
const chart: Writer = (r, s) => {
  const top = grouped(pick(r, [2000, 4000, 6000, 7000, 8000, 1000]));
  const mag = noun(r, s.f.series);
  const y = yearOf(s.published);
  const fig = Math.floor(r() * 9) + 1;
  return pick(r, [
    `Chart ${fig}: monthly ${mag} exports, t; ${y - 1}-${y}. Axis from 0 to ${top}.`,
    `Figure ${fig}: ${cap(mag)} exports by destination (tonnes, 3-month moving average)`,
    `[Image: a container ship at ${pick(r, ["Ningbo", "Qingdao"])}; about ${grouped(decoy(r, s))} boxes are handled there each day]`,
    `Alt text: a line chart of ${mag} exports whose y-axis runs from 0 to ${top} tonnes.`,
    `Photo: ${grouped(decoy(r, s) % 900)} workers on a magnet line in ${pick(r, ["Baotou", "Ganzhou"])}. Credit: staff.`,
    `Source: customs; chart by the data desk; scale ${top} t`,
  ]);
};

/** Stock tickers, indices, exchange rates, bond yields. */
const market: Writer = (r, s) => {
  const v = decoy(r, s);
  return pick(r, [
    `Lynas closed at ${grouped(v)} points on the ASX rare earths index, and MP Materials rose ${pct(r)}%.`,
    `MP +${(r() * 9).toFixed(1)}% | Lynas ${grouped(v)} pts | JL Mag -${(r() * 9).toFixed(1)}%`,
    `The Shanghai Composite ended at ${grouped((v % 1500) + 2800)} points, and the yuan at 7.${Math.floor(r() * 30) + 10} per dollar.`,
    `The CSI rare earth index fell ${pct(r)}% to ${grouped(v)}.`,
    `Ten-year Chinese bond yields held at 1.${Math.floor(r() * 90) + 10}%, while the dollar bought ${(r() * 2 + 6.5).toFixed(2)} yuan.`,
  ]);
};

/** Temperatures, distances, vessel calls, jobs and wages. */
const measure: Writer = (r, s) => {
  const v = decoy(r, s);
  const when = monthWords(r, s.f.period, s.published);
  return pick(r, [
    `${pick(r, ["Baotou", "Ganzhou"])} is ${grouped((v % 2400) + 100)} km from the coast, and temperatures there fell to minus ${Math.floor(r() * 30) + 5} degrees ${when}.`,
    `Some ${grouped(v)} vessels called at Ningbo-Zhoushan ${when}, ${pct(r)}${pctWord(r)} more than a year earlier.`,
    `The magnet industry employs about ${grouped(v * 10)} people, and average wages rose ${pct(r)}${pctWord(r)} ${when}.`,
    `Average monthly pay at magnet plants was ${grouped(v)} yuan ${when}.`,
    `Freight from Shanghai to Rotterdam cost $${grouped(v)} per container ${when}, and the voyage runs ${grouped(19500)} km.`,
  ]);
};

/** The kinds, with weights. */
const KINDS: ReadonlyArray<[string, Writer, number]> = [
  ["forecast", forecast, 4],
  ["target", target, 3],
  ["hypothetical", hypothetical, 3],
  ["company", company, 3],
  ["other-reporter", otherReporter, 4],
  ["price", price, 2],
  ["count", counts, 3],
  ["date", dates, 2],
  ["correction", correction, 3],
  ["other-product", otherProduct, 2],
  ["other-share", otherShare, 2],
  ["other-flow", otherFlow, 2],
  ["neighbour", neighbour, 2],
  ["place", place, 2],
  ["rate", rate, 2],
  ["estimate", estimate, 2],
  ["range", range, 2],
  ["other-pct", otherPct, 2],
  ["furniture", furniture, 2],
  ["licence", licence, 2],
  ["other-table", otherTable, 2],
  ["bullets", bullets, 2],
  ["years", years, 1],
  ["link-list", linkList, 2],
  ["denial-opening", denialOpening, 2],
  ["count-change", countChange, 2],
  ["running-sum", runningSum, 2],
  ["rumour", rumour, 2],
  ["own-slip", ownSlip, 2],
  ["range-to", rangeTo, 2],
  ["chart", chart, 2],
  ["market", market, 2],
  ["measure", measure, 2],
];

/** A figure near the statement's month to misplace: held by then, within three months before. */
function sceneFor(r: Rand, all: readonly MonthFact[], published: string): Scene {
  const latest = addMonths(published.slice(0, 7), -1);
  const near = all.filter((f) => f.period <= latest && f.period >= addMonths(latest, -3));
  return { f: pick(r, near.length ? near : all), all, published, latest };
}

/**
 * `count` paragraphs, each of one true statement with one or two non-claims before or after it
 * (three in one in five), deterministic for a seed.
 * @example nonClaimParagraphs(facts, 7, 400)[0].parts.map((p) => p.form)
 */
export function nonClaimParagraphs(facts: readonly MonthFact[], seed: number, count: number): Paragraph[] {
  const r = rng(seed);
  const truths = trueStatements(facts, seed + 11, count);
  const weights = KINDS.reduce((n, [, , w]) => n + w, 0);
  return truths.map((truth) => {
    const many = r() < 0.2 ? 3 : r() < 0.6 ? 2 : 1;
    const before: Array<Omit<Part, "start" | "end">> = [];
    const after: Array<Omit<Part, "start" | "end">> = [];
    for (let i = 0; i < many; i++) {
      let x = r() * weights;
      const [kind, write] = KINDS.find(([, , w]) => (x -= w) < 0) ?? (KINDS[0] as (typeof KINDS)[number]);
      // an abbreviated month at the end of a sentence keeps one full stop
      const text = write(r, sceneFor(r, facts, truth.published)).replace(/\.\.$/, ".");
      (r() < 0.5 ? before : after).push({ text, form: kind });
    }
    // a table, heading or list stands apart in its own block; prose runs on in one paragraph
    const sep = [truth, ...before, ...after].some((p) => p.text.includes("\n")) ? "\n\n" : " ";
    const withTail = sep === " " && truth.text.endsWith(".") && r() < 0.3;
    const own = withTail ? truth.text.slice(0, -1) : truth.text;
    const parts: Array<Omit<Part, "start" | "end"> & { sep: string }> = [
      ...before.map((p) => ({ ...p, sep })),
      { text: own, form: `true/${truth.form}`, alone: truth, sep },
      ...(withTail
        ? [{ text: `${tail(r, sceneFor(r, facts, truth.published))}.`, form: "tail", sep: ", " }]
        : []),
      ...after.map((p) => ({ ...p, sep })),
    ];
    let at = 0;
    let text = "";
    const placed = parts.map(({ sep: gap, ...p }, i) => {
      const start = at + (i === 0 ? 0 : gap.length);
      text += (i === 0 ? "" : gap) + p.text;
      at = start + p.text.length;
      return { ...p, start, end: at };
    });
    return { text, published: truth.published, parts: placed };
  });
}
