// Subjects on their own: the series of a noun phrase and the destinations a clause names.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../test/claims-eval/load-corpus.js";
import { extractClaims } from "./extract-claims.js";
import { PARTNERS, SERIES_PATTERNS } from "./lexicon.js";
import {
  NAME_START,
  SERIES_START,
  findPartners,
  findReporter,
  findSeries,
  partnerMatches,
  seriesMatches,
  subjectAt,
} from "./subjects.js";

const series = (t: string) => findSeries(t).map((m) => m.value);
const partners = (t: string) => findPartners(t).map((m) => m.value);

describe("findSeries", () => {
  it("does not read a product the words deny as the subject, but keeps one 'not only' names", () => {
    expect(series("oxides and metals this time, not the magnet trade")).toEqual([]);
    expect(series("rare earths rather than magnets")).toEqual(["rare-earths"]);
    expect(series("shipments excluding magnets")).toEqual([]);
    expect(series("unlike rare earths, magnet exports")).toEqual(["rare-earth-magnets"]);
    expect(series("not only magnets but rare earths too")).toEqual(["rare-earth-magnets", "rare-earths"]);
  });

  it("reads a name in another language as a whole word: 'magneti' is Italian for magnets, 'magnetic' names no product", () => {
    const read = (t: string) => findSeries(t).map((m) => [m.value, t.slice(m.start, m.end)]);
    expect(read("magnetic resonance scanners")).toEqual([]);
    expect(read("magnetite ore and magnetism")).toEqual([]);
    expect(read("an electromagnet rare earth supplier")).toEqual([["rare-earths", "rare earth"]]);
    expect(read("esportazioni di magneti permanenti")).toEqual([
      ["rare-earth-magnets", "magneti permanenti"],
    ]);
    expect(read("exportações de ímãs de terras raras")).toEqual([
      ["rare-earth-magnets", "ímãs de terras raras"],
    ]);
    expect(read("ekspor magnet tanah jarang")).toEqual([["rare-earth-magnets", "magnet tanah jarang"]]);
    expect(read("zeldzame aardmagneten")).toEqual([["rare-earth-magnets", "zeldzame aardmagneten"]]);
  });

  it("reads 're' in lower case as a word, not as rare earths", () => {
    expect(series("to re export the goods")).toEqual([]);
  });

  it("reads the desks' capital RE as rare earths where a tonnage, 'total' or 'raw' goes with it, not a mail's 'RE:'", () => {
    expect(series("Raw RE: 4,801t in the month")).toEqual(["rare-earths"]);
    expect(series("RE 61,020t for the eleven months")).toEqual(["rare-earths"]);
    expect(series("the RE total for March came to 5.6 kt")).toEqual(["rare-earths"]);
    expect(series("RE overall slipped")).toEqual(["rare-earths"]);
    expect(series("Subject: RE: RE: magnet numbers for Monday")).toEqual(["rare-earth-magnets"]);
    expect(series("RE: 3 questions on the licences")).toEqual([]);
  });

  it.each([
    ["rare-earth permanent magnet exports", "rare-earth-magnets"],
    ["shipments of NdFeB", "rare-earth-magnets"],
    ["RE magnets", "rare-earth-magnets"],
    ["China RE shipments", "rare-earths"],
    ["REE export volumes", "rare-earths"],
    ["finished magnets", "rare-earth-magnets"],
    ["magnet powder and alloy", "rare-earth-magnets-incl-powder-alloy"],
    ["magnets including powders and alloys", "rare-earth-magnets-incl-powder-alloy"],
    ["shipments of magnets, powder and alloys", "rare-earth-magnets-incl-powder-alloy"],
    ["rare-earth magnets, magnet powder, and alloys", "rare-earth-magnets-incl-powder-alloy"],
    ["the group of 17 minerals", "rare-earths"],
    ["the 17 rare earth elements", "rare-earths"],
    ["sintered NdFeB magnets", "sintered-or-bonded-magnets"],
    ["rare-earth products", "rare-earth-products"],
    ["rare earth product exports", "rare-earth-products"],
    ["rare earth oxides", "rare-earth-oxides"],
    ["rare earths", "rare-earths"],
    // goods next to the magnets and rare earths in the tariff, which no magnet series holds
    ["sintered neodymium magnet scrap", "magnet-scrap"],
    ["neodymium magnet swarf", "magnet-scrap"],
    ["parts of permanent magnets", "magnet-parts"],
    ["SmCo magnets", "samarium-cobalt-magnets"],
    ["samarium-cobalt permanent magnets", "samarium-cobalt-magnets"],
    ["NdFeB alloy flakes", "ndfeb-alloy"],
    ["neodymium-iron-boron strip", "ndfeb-alloy"],
    ["non-rare-earth magnets", "non-rare-earth-magnets"],
    ["e-bike motors fitted with NdFeB magnets", "goods-with-magnets"],
    ["rare earth metals and alloys", "rare-earth-metals-alloys"],
    ["稀土永磁出口", "rare-earth-magnets"],
    ["Seltenerdmagnete", "rare-earth-magnets"],
    ["稀土磁铁出口", "rare-earth-magnets"],
    ["稀土磁鐵出口", "rare-earth-magnets"],
    ["永磁体出口", "rare-earth-magnets"],
    ["釹鐵硼磁體", "rare-earth-magnets"],
    ["レアアース磁石の輸出", "rare-earth-magnets"],
  ])("reads %s as %s", (text, id) => {
    expect(series(text)).toEqual([id]);
  });
});

/** The end (exclusive) of the group or class that opens `s`. */
function closing(s: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (inClass && c === "]" && depth === 0) return i + 1;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return s.length;
}

/** The top-level alternatives of a pattern's source. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "(" || c === "[") i += closing(source.slice(i)) - 1;
    else if (c === "|") {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, source.slice(from)];
}

/** The characters a match of `source` can begin with (word boundaries and lookarounds skipped). */
function leadingChars(source: string): string[] {
  return alternatives(source).flatMap((alt) => {
    let s = alt;
    while (s.startsWith("\\b") || /^\(\?<?[=!]/.test(s))
      s = s.startsWith("\\b") ? s.slice(2) : s.slice(closing(s));
    const size =
      s.startsWith("(") || s.startsWith("[") ? closing(s) : /^\\u\{[0-9A-F]+\}/i.exec(s)?.[0].length;
    const token = s.slice(
      0,
      size ?? (s.startsWith("\\") ? 2 : String.fromCodePoint(s.codePointAt(0) ?? 32).length),
    );
    const optional = /^[?*]/.test(s.slice(token.length));
    const rest = optional ? leadingChars(s.slice(token.length + 1)) : [];
    if (token.startsWith("("))
      return [...leadingChars(token.slice(token.startsWith("(?:") ? 3 : 1, -1)), ...rest];
    if (token.startsWith("[")) return [...token.slice(1, -1).replace(/-/g, "")].concat(rest);
    if (token.startsWith("\\u")) return [String.fromCodePoint(parseInt(token.slice(3, -1), 16)), ...rest];
    if (token === "\\s") return [" ", ...rest];
    return [token.replace(/^\\/, ""), ...rest];
  });
}

describe("seriesMatches", () => {
  it("is tried only where a series name can begin: a word's first letter or digit, a hyphen, a character past ASCII, or a space or bracket before one", () => {
    const starts = new RegExp(`^${SERIES_START}`, "i");
    const leads = SERIES_PATTERNS.flatMap(([re]) => leadingChars(re.source));
    expect(leads.length).toBeGreaterThan(200);
    // a name that may begin at a space or a bracket: only the Chinese magnets with their powder and
    // alloy, whose next character is a bracket or past ASCII
    const spaced = SERIES_PATTERNS.filter(([re]) => leadingChars(re.source).some((c) => /^[\s(]$/.test(c)));
    expect(spaced.map(([re, series]) => [series, alternatives(re.source)[0]])).toEqual([
      [
        "rare-earth-magnets-incl-powder-alloy",
        String.raw`(?:稀土永磁|永磁|磁[铁鐵])?\s?[（(]?(?:含|包括|包含|计入|計入)?(?:稀土)?磁粉[及和与與、・]合金(?:を含む)?`,
      ],
    ]);
    expect(leads.filter((c) => !/^[\s(]$/.test(c) && !starts.test(c))).toEqual([]);
    for (const s of [" 含", " （含", " (含", " 磁粉", "(含", "(磁粉", "（含"])
      expect(starts.test(s)).toBe(true);
    // a space or bracket before ASCII begins no name
    for (const s of [" magnets", "(a", " (b", "( "]) expect(starts.test(s)).toBe(false);
    // a letter inside a word is no start, nor a letter that begins no name
    const inWord = new RegExp(`${SERIES_START}m`, "iy");
    inWord.lastIndex = 1;
    expect(inWord.test("am")).toBe(false);
    expect(starts.test("jade")).toBe(false);
  });

  it("finds what the whole alternation finds when run at every character, in every dev text", () => {
    const every = new RegExp(SERIES_PATTERNS.map(([re]) => `(${re.source})`).join("|"), "gi");
    // names that begin with a hyphen, a space or a bracket, and in capitals
    // ("Dauermagnete" is a name of its own, so the hyphen's is after another word)
    const odd = "Hochleistungs-Magnete; 永磁 （含磁粉及合金）; RE (non-magnet) exports";
    const texts = [odd, ...loadCorpus(["dev"]).map((t) => t.text)];
    expect(texts.length).toBeGreaterThan(1000);
    const spans = (ms: Iterable<RegExpExecArray>) =>
      [...ms].map((m) => `${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
    const differ = texts.filter((t) => spans(seriesMatches(t)).join() !== spans(t.matchAll(every)).join());
    expect(differ).toEqual([]);
    // each found where it stands, by the pattern of its own series
    const named = [...seriesMatches(odd)].map((m) => {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      return `${m.index}:${m[0]}:${SERIES_PATTERNS[group - 1]?.[1]}`;
    });
    expect(named).toEqual([
      "13:-Magnete:rare-earth-magnets",
      "23:永磁 （含磁粉及合金:rare-earth-magnets-incl-powder-alloy",
      "36:RE (non-magnet):rare-earths",
    ]);
  });
});

describe("findPartners", () => {
  it("is tried only where a name can begin: every name in the lexicon begins with a capital, 'the' or a character past ASCII", () => {
    const starts = new RegExp(`^${NAME_START.source}`, "u");
    const leads = PARTNERS.flatMap((p) => leadingChars(p.names.source));
    expect(leads.length).toBeGreaterThan(200);
    // a lower-case letter begins a name only before the rest of its word (the test below)
    expect(leads.filter((c) => !/^[a-z]$/.test(c) && !starts.test(c))).toEqual([]);
    // the check itself reads a name that begins elsewhere
    expect(leadingChars("\\b(?:la France|France)\\b|(?<=x)미국")).toEqual(["l", "F", "미"]);
  });

  it("is not tried inside a word: every name that opens with a lower-case letter opens on a word boundary", () => {
    const lower = PARTNERS.flatMap((p) => alternatives(p.names.source)).filter((alt) =>
      leadingChars(alt).some((c) => /^[a-z]$/.test(c)),
    );
    expect(lower.length).toBeGreaterThan(5);
    // a look behind before the name may come first; the boundary must come before the letters
    const opening = (alt: string): string =>
      /^\(\?<[=!]/.test(alt) ? opening(alt.slice(closing(alt))) : alt;
    expect(lower.filter((alt) => !opening(alt).startsWith("\\b"))).toEqual([]);
    const inWord = new RegExp(NAME_START.source, "uy");
    inWord.lastIndex = 1;
    expect(inWord.test("at")).toBe(false);
    inWord.lastIndex = 1;
    expect(inWord.test(" the US")).toBe(true);
  });

  it("is tried at a lower-case word only where a name written in lower case begins: 'the' and a space, 'japan', 'germany', 'korea', 'india', 'viet'", () => {
    // the lower-case words each such name opens with, read through its groups, boundaries and look-behinds
    const openings = (alt: string): string[] => {
      let s = alt;
      while (s.startsWith("\\b") || /^\(\?<[=!]/.test(s))
        s = s.startsWith("\\b") ? s.slice(2) : s.slice(closing(s));
      if (!s.startsWith("(?:")) return /^(?:[a-z]|\[Tt\])/.test(s) ? [s] : [];
      const group = s.slice(3, closing(s) - 1);
      return alternatives(group).flatMap(openings);
    };
    const lower = PARTNERS.flatMap((p) => alternatives(p.names.source)).flatMap(openings);
    expect(lower.length).toBeGreaterThan(10);
    expect(
      lower.filter((o) => !/^(?:the(?: |\\s)|\[Tt\]he(?: |\\s)|japan|germany|korea|india|viet)/.test(o)),
    ).toEqual([]);
    const at = new RegExp(`^${NAME_START.source}`, "u");
    for (const s of ["the US", "the\u00a0UK", "japan", "germany", "korea", "india", "viet nam", "vietnam"])
      expect(at.test(s)).toBe(true);
    for (const s of ["to Japan", "that", "these", "in May", "imports", "go", "key", "very"])
      expect(at.test(s)).toBe(false);
  });

  it("finds what the whole alternation of names finds when run at every character, in every dev text", () => {
    const every = new RegExp(PARTNERS.map((p) => `(${p.names.source})`).join("|"), "gu");
    // names after a letter, a digit, a bracket and a hyphen, in lower case and in capitals
    const odd =
      "Sent to the US, 5the Netherlands, (the UK), non-japan; THE UNITED STATES; at the u.s. border";
    const texts = [odd, ...loadCorpus(["dev"]).map((t) => t.text)];
    expect(texts.length).toBeGreaterThan(1000);
    const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
    const differ = texts.filter((t) => spans(partnerMatches(t)).join() !== spans(t.matchAll(every)).join());
    expect(differ).toEqual([]);
    // "the US" is read as "US"; "5the" is no word's start, so only its capital name is read
    expect(spans(partnerMatches(odd))).toEqual([
      "12:US",
      "21:Netherlands",
      "35:the UK",
      "48:japan",
      "55:THE UNITED STATES",
      "77:the u.s.",
    ]);
  });

  it("reads names, codes, capitals, flags and translations", () => {
    expect(
      partners("JPN 305 t, KOR 569 t; UNITED STATES 582 t; 🇮🇳 418t; 对美国出口; nach Deutschland"),
    ).toEqual(["JPN", "KOR", "USA", "IND", "USA", "DEU"]);
  });

  it("reads traditional Chinese names and Korean destination prefixes", () => {
    expect(partners("對美國出口; 對日本; 德國; 대미 수출; 대일수출; 대독 수출")).toEqual([
      "USA",
      "JPN",
      "DEU",
      "USA",
      "JPN",
      "DEU",
    ]);
  });

  it("reads 'the Federal Republic' as Germany and Chinese destination abbreviations before 出口", () => {
    expect(partners("went to the Federal Republic; 对美出口; 對日出口; 对德出口; 对韩出口")).toEqual([
      "DEU",
      "USA",
      "JPN",
      "DEU",
      "KOR",
    ]);
    expect(partners("美元; 日本; 德国")).toEqual(["JPN", "DEU"]);
  });

  it("reads the names the press gives the European Union: 'the bloc', 'the Union'", () => {
    expect(
      partners(
        "the bloc took 1,364 t; the 27-nation bloc's share; the Union's intake; the EU-27; member states",
      ),
    ).toEqual(["EU27", "EU27", "EU27", "EU27"]);
    expect(partners("The bloc's intake rose. The Union took more.")).toEqual(["EU27", "EU27"]);
    expect(partners("the Soviet bloc; a trading bloc; the Union of Soviet Socialist Republics")).toEqual([]);
  });

  it("reads French names of destinations", () => {
    expect(
      partners("vers les États-Unis; les Etats-Unis; le Japon; l'Allemagne; la Corée du Sud; l'Inde"),
    ).toEqual(["USA", "USA", "JPN", "DEU", "KOR", "IND"]);
  });

  it("does not take a broadcaster named after a country for a destination", () => {
    expect(partners("（德國之聲中文網）報導; 美國之音")).toEqual([]);
  });

  it("does not read the prefix inside a longer Korean word", () => {
    expect(partners("최대미래 전망")).toEqual([]);
  });

  it("does not take dollars for the United States", () => {
    expect(partners("worth US$288 million, or USD 1.2 billion, about 9 U.S. dollars a kilo")).toEqual([]);
  });

  it("marks a country after 'by' or 'and' as weak: it may be an actor", () => {
    expect(findPartners("trailed by India at 416 tonnes")).toEqual([
      { value: "IND", start: 11, end: 16, weak: true },
    ]);
  });

  it("reads the agent of a verb of buying as the destination, not an actor beside it", () => {
    expect(findPartners("magnets bought by Korea in October").map((m) => m.weak)).toEqual([false]);
    expect(findPartners("the tonnage taken up by the Netherlands").map((m) => m.weak)).toEqual([false]);
    expect(findPartners("overtaken by Vietnam").map((m) => m.weak)).toEqual([true]);
  });

  it("gives a clause asked about again its destinations again, in a list of the asker's own", () => {
    const clause = "shipments to Japan fell while Germany took 1,118 t";
    const first = findPartners(clause);
    first.pop();
    first.push({ value: "USA", start: 0, end: 2, weak: false });
    expect(findPartners(clause)).toEqual([
      { value: "JPN", start: 13, end: 18, weak: false },
      { value: "DEU", start: 30, end: 37, weak: false },
    ]);
    // other clauses read in between do not change what the first one names
    for (let i = 0; i < 20; i++) findPartners(`exports to Korea rose ${i}%`);
    expect(partners(clause)).toEqual(["JPN", "DEU"]);
    expect(partners("exports to Korea rose 3%")).toEqual(["KOR"]);
  });
});

describe("two-letter destination codes", () => {
  it("reads a code right before its figure as that destination", () => {
    expect(partners("KR 815t (+4% MoM); VN: 509t; NL 120 t; TH 96t")).toEqual(["KOR", "VNM", "NLD", "THA"]);
    expect(partners("JP 5.0% shr, DE 18.6%")).toEqual(["JPN", "DEU"]);
  });

  it("reads no destination in a code-like word before a year or away from a figure", () => {
    expect(partners("EXPORTS IN 2025 ROSE")).toEqual([]);
    expect(partners("IN TOTAL, 57,392 t")).toEqual([]);
    expect(partners("DE facto curbs")).toEqual([]);
  });
});

describe("a graphite grade named alone before a trade noun", () => {
  it.each([
    ["flake exports slumped in December", ["graphite-flake"]],
    ["Spherical shipments held up", ["graphite-spherical"]],
    ["flake volumes recovered to 3,000 t", ["graphite-flake"]],
    ["a flake of paint", []],
    ["spherical magnets", ["rare-earth-magnets"]],
  ])("%s", (text, expected) => {
    expect(series(text)).toEqual(expected);
  });
});

describe("a place that names a body is not a destination", () => {
  it.each([
    ["The European Magnet Users Association said exports reached 39,817 t", []],
    ["according to the Korea Institute for Industrial Economics and Trade", []],
    ["The Japan Society of Newer Metals said Japan took 305 t", ["JPN"]],
    ["exports to the European Union rose", ["EU27"]],
  ])("%s", (text, expected) => {
    expect(partners(text)).toEqual(expected);
  });
});

describe("subjectAt", () => {
  it.each([
    "Magnet exports eased in January, and temperatures at the Baotou plant dropped",
    "Rare earth shipments held up, while factory pay in Ganzhou climbed",
    "Gallium exports were flat, but employment in the sector slipped",
    "Magnet shipments recovered; visitors to the trade fair declined",
  ])("gives a move of a non-trade subject after a trade one to that subject: %s", (clause) => {
    expect(subjectAt(clause, clause.length, clause.length)).toBe("other");
  });

  it("keeps a move of the trade after such a word the trade's", () => {
    const clause = "Despite the cold weather, magnet exports to Korea climbed";
    expect(subjectAt(clause, clause.length, clause.length)).toBe("trade");
  });

  it("takes a tonnage a few words before 'shipments' for a weight, not a count of shipments", () => {
    const clause = "Korea took 854 tonnes that month and shipments then slipped to";
    expect(subjectAt(clause, clause.length, clause.length)).toBe("trade");
    const counted = "Customs cleared 312 magnet shipments and the tally then slipped to";
    expect(subjectAt(counted, counted.length, counted.length)).toBe("other");
  });
});

describe("findReporter", () => {
  it.each([
    "with the U.S.'s own data showing 640 tonnes",
    "America's own figures put arrivals from China at 640 t",
    "the United States' own tally came to 640 tonnes",
    "by the US's own count, 640 t arrived",
  ])("reads the United States' own statistics in its possessive forms: %s", (clause) => {
    expect(findReporter(clause)).toBe("USA");
  });
});

describe("a subject headed by a noun that is no trade figure", () => {
  it("stays that noun's when trade words complete it", () => {
    const s = "The average price of exported magnets rose 8%";
    expect(subjectAt(s, s.indexOf("rose"), s.indexOf("rose") + 4)).toBe("other");
    const d = "Demand for Chinese magnet shipments climbed 5%";
    expect(subjectAt(d, d.indexOf("climbed"), d.indexOf("climbed") + 7)).toBe("other");
    const r = "The growth rate of magnet exports slowed to 15.8%";
    expect(subjectAt(r, r.indexOf("slowed"), r.indexOf("slowed") + 6)).toBe("trade");
    const t = "Magnet exports to Japan rose 35%";
    expect(subjectAt(t, t.indexOf("rose"), t.indexOf("rose") + 4)).toBe("trade");
  });
});

describe("a subject headed by dealings around the trade", () => {
  const at = (s: string) => subjectAt(s, s.indexOf(" by "), s.indexOf(" by ") + 4);

  it.each([
    "Bookings from German buyers for Chinese magnets climbed by",
    "Permits granted for rare-earth shipments to Korea went up by",
    "Magnet export licences handed out in Ganzhou increased by",
    "Korea's fresh orders grew by",
  ])("is no trade figure: %s", (s) => {
    expect(at(s)).toBe("other");
  });

  it.each([
    "Rare-earth shipments, helped by bookings from carmakers, increased by",
    "Once permits came through, magnet exports to Korea increased by",
  ])("leaves the trade's move where the dealing is an aside or a cause: %s", (s) => {
    expect(at(s)).toBe("trade");
  });

  it("reads no change of the tonnage in a clause on export permits", () => {
    const claims = extractClaims("Permits issued for rare earth exports rose 40% in November.", {
      published: "2025-12-20",
    });
    expect(claims).toEqual([]);
  });
});
