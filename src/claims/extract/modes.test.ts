// Modes through the reader: statements that are not reports of China's customs figures are read,
// marked, and so never checked as such.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };
const modes = (t: string) =>
  extractClaims(t, PUB)
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.text, c.mode]);

describe("modes", () => {
  it.each([
    "It would be wrong to read that as business as usual: magnet exports swung from 6,357 tonnes in January to 1,238 tonnes in May.",
    "That would be a mistake: magnet exports fell 80.5% between January and May 2025.",
  ])("reads figures after a judgement closed by a colon as reported: %s", (text) => {
    const read = modes(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((m) => m[1] === "reported")).toBe(true);
  });

  it.each([
    "As you will have seen, magnet exports to Japan slipped to 226 tonnes in October.",
    "Investors should note that rare earth exports were the lowest since February in September, at 4,000.3 t.",
    "It should be noted that the US took 582 t of magnets in November.",
    "The 5,952 t magnet figure should not be confused with the products tally of 6,745 t in December.",
  ])("reads a modal addressed to the reader as no forecast: %s", (text) => {
    const read = modes(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((m) => m[1] === "reported")).toBe(true);
  });

  it("still reads a forecast after words addressed to the reader", () => {
    expect(modes("Buyers should note that magnet exports could top 7,000 t in March.")).toEqual([
      ["7,000 t", "forecast"],
    ]);
  });

  it.each([
    "Buyers expect a firmer second quarter, with one broker forecasting magnet shipments above 6,400 tonnes by May.",
    "Traders were projecting rare earth exports of about 5,300 tonnes in October before the release.",
    "One consultant is predicting exports to Japan of 1,100 tonnes for December.",
    "Brokers are anticipating a 9% rise in magnet shipments when the data comes out.",
  ])("reads a figure after a forecaster's participle as a forecast: %s", (text) => {
    const read = modes(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((m) => m[1] === "forecast")).toBe(true);
  });

  it.each([
    ["Analysts say magnet exports could top 7,000 tonnes in December.", "forecast"],
    ["Shipments are expected to rise 8% next month.", "forecast"],
    ["Magnet exports may reach 70,000 tonnes in 2026.", "forecast"],
    ["Beijing's target is 60,000 tonnes of magnet exports a year.", "target"],
    ["Were exports to fall to 3,000 tonnes, carmakers would halt lines.", "hypothetical"],
    ["If shipments dropped 50%, prices would soar.", "hypothetical"],
    ["Did magnet exports top 7,000 tonnes in November?", "question"],
    ["JL Mag said its own magnet exports rose 20% to 1,200 tonnes in November.", "company"],
    [
      "Japan's Ministry of Finance data showed imports of magnets from China at 305 tonnes in November.",
      "other-reporter",
    ],
  ])("reads %s as %s", (text, mode) => {
    expect(modes(text).map((m) => m[1])).toContain(mode);
    expect(modes(text).every((m) => m[1] !== "reported")).toBe(true);
  });

  it("reads what a questioner states before asking as reported, and a question its answer agrees with too", () => {
    const t =
      "Analyst: Customs shows magnet exports of 5,774 tonnes in September. Is that hurting you?\nCFO: Not really.\nHost: So exports came in at 6,150 tonnes in November?\nGuest: Right, a strong month.\nHost: Will they top 7,000 tonnes in December?\nGuest: Yes, probably.\nHost: Did Japan get 400 tonnes?\nGuest: No, 305.";
    expect(modes(t)).toEqual([
      ["5,774 tonnes", "reported"],
      ["6,150 tonnes", "reported"],
      ["7,000 tonnes", "question"],
      ["400 tonnes", "question"],
    ]);
  });

  it("marks a correction's misstated figure, not its correct one", () => {
    const t =
      "Correction: An earlier version of this story said magnet exports to South Korea in September were 584 tonnes. The correct figure is 854 tonnes.";
    expect(modes(t)).toEqual([
      ["584 tonnes", "correction"],
      ["854 tonnes", "reported"],
    ]);
  });

  it.each([
    "Correction: The story also put Vietnam's October intake at 480 tonnes; the accurate figure is 444 tonnes.",
    "Clarification: Our report likewise listed India's July volume as 480 tonnes, when the right number is 444 tonnes.",
  ])("marks the figure a correction says the earlier report gave, not the one it puts right: %s", (t) => {
    expect(modes(t)).toEqual([
      ["480 tonnes", "correction"],
      ["444 tonnes", "reported"],
    ]);
  });

  it("reads a change denied with 'not' as no claim, and the one stated as reported", () => {
    expect(modes("Magnet exports did not rise 15% in November; they rose 12%.")).toEqual([
      ["rose 12%", "reported"],
    ]);
  });

  it("reads a figure that beat forecasts as reported", () => {
    expect(modes("Magnet exports beat forecasts, rising 12% in November.").map((m) => m[1])).toEqual([
      "reported",
    ]);
  });

  it.each([
    "The August total, which matched what analysts had expected, was 4.1% higher than a year before.",
    "The August volume, in line with economists' expectations, came to 5,100 tonnes.",
    "Exports in August, which aligned with market forecasts, rose 4.1% from a year earlier.",
    "Magnet shipments to the US slid roughly 9% to 610 tons in November, Chinese customs data showed.",
    "US imports edged down while Korea's rose 8% in November.",
    "According to China's customs data, American imports of the magnets jumped by 300% in November.",
    "Shipments of the group of 17 metals from the world's biggest producer fell 5% in November.",
    "For the whole of 2025, 5,100 tons were shipped to the U.S., an annual fall of 18%.",
  ])("reads a customs figure told from the buyer's side or against forecasts as reported: %s", (text) => {
    expect(
      modes(text)
        .map((m) => m[1])
        .filter((m) => m !== "reported"),
    ).toEqual([]);
  });

  it.each([
    ["India's imports of magnets rose 20% to 870 tonnes in FY25.", "other-reporter"],
    [
      "South Korea imported 1,020 tonnes of magnets from all origins in the second quarter.",
      "other-reporter",
    ],
    ["U.S. total imports of magnets fell 12% in the first quarter.", "other-reporter"],
    // the amount between the verb and its origin: still imports counted as coming from China
    ["Japan imported 421 tonnes of magnets from China in November.", "other-reporter"],
    ["India imported about 150 t of rare-earth magnets from China in May.", "other-reporter"],
    ["Exports beat expectations, but analysts expect them to fall 10% next month.", "forecast"],
  ])("still marks the importer's own statistics and a real forecast: %s", (text, mode) => {
    expect(modes(text).map((m) => m[1])).toContain(mode);
  });

  it.each([
    // a report, a rumour or a post that the sentence denies
    [
      "Officials rejected rumours that magnet shipments to Korea had slumped to 410 tonnes in August.",
      "denied",
    ],
    [
      "A claim on social media that October exports were 3,900 tonnes is untrue, the ministry said.",
      "denied",
    ],
    // the misstated figure of a correction, however the earlier text is named
    [
      "Clarification: we previously stated that magnet exports to India were 520 tonnes in July.",
      "correction",
    ],
    // estimates and polls taken before the data, and a named forecaster's view
    ["A survey of brokers had put October's magnet exports at 5,900 tonnes, a poll showed.", "forecast"],
    ["Estimates compiled by brokers ranged between 5,200 and 5,600 tonnes for October.", "forecast"],
    ["Traders pencilled in roughly 5,500 tonnes for October ahead of the official release.", "forecast"],
    ["Morgan Stanley sees magnet shipments near 6,400 tonnes in February.", "forecast"],
    ["Quick take: my guess is the full year ends near 58k t.", "forecast"],
    ["Traders reckon November exports hit 6,000 tonnes.", "forecast"],
    // wishes, and capacities of plants and lines
    ["Brazil hopes to export 800 tonnes of magnets in its first year.", "target"],
    ["The group is building a 3,000-tonne-a-year magnet line in Ganzhou.", "target"],
    ["A new 4,000 t per year sintering facility opened in Baotou in October.", "target"],
    // a company's plant, and a company that says "its" figures
    ["Deliveries from Arnold's Ohio factory reached 250 tonnes in October.", "company"],
    ["Tokai Precision said its shipments to India reached 95 tonnes in October.", "company"],
    ["Exports slipped in October, while Daido said it sold 180 t that month.", "company"],
    ["Santoku reported it had delivered 260 tonnes of alloy in September.", "company"],
    ["Shipments by Jiangxi Golden Century Materials rose to 820 tonnes in October.", "company"],
    // a company speaking of itself in the first person
    ["We shipped 410 tonnes of magnets to customers in Japan in November.", "company"],
    ["Our purchases of Chinese magnets came to 300 tonnes in November.", "company"],
    // another country's own statistics, named by its capital or its ministry
    ["Seoul's customs agency counted 410 tonnes of magnets from China in September.", "other-reporter"],
    ["India's commerce ministry put magnet arrivals from China at 130 tonnes in August.", "other-reporter"],
    ["Germany depends on China for 94% of its magnet purchases.", "other-reporter"],
    // another country as the exporter
    ["Malaysia re-exported 60 tonnes of magnets to Mexico in October.", "other-exporter"],
    ["Japan's own magnet exports climbed 8% to 310 tonnes in October.", "other-exporter"],
    ["Korea's deliveries of finished magnets to Poland came to 75 tonnes in October.", "other-exporter"],
  ])("reads words that state no China export figure as such: %s", (text, mode) => {
    expect(modes(text).map((m) => m[1])).toContain(mode);
    expect(modes(text).every((m) => m[1] !== "reported")).toBe(true);
  });

  it.each([
    "Customs denied reports of a slump, saying magnet exports rose 12% to 6,150 tonnes in November.",
    "Magnet exports to Japan were 305 tonnes in November, a year after they had been 41% lower.",
    "Shipments to the US came to 582 tonnes in November, up from 420.5 tonnes two months before.",
    "Magnets shipped to Japan came to 305 tonnes in November, the Chinese customs figures show.",
    "Germany received 22.3% of China's magnet exports in September.",
    "Our analysis of customs data shows magnet exports rose 12% in November.",
    "Buyers in the US had to settle for 353 tonnes of magnets in June 2025.",
    // a company's share price first, then the data the market moved on
    "Lynas shares jumped 3% after data showed China shipped 6,150 tonnes of magnets in November.",
    "MP Materials stock fell on Monday as figures revealed Chinese magnet exports rose 12% in November.",
  ])("still reads China's reported figures as reported: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "reported")).toBe(true);
  });

  it.each([
    // hearsay, what others had expected, and a name's own figure, in a clause after a reported one
    ["Magnet exports reached 6,150 t in November, above the 5,000 t rumoured online.", "denied"],
    ["Exports to India were 416 t in October, below the 500 t that brokers had expected.", "forecast"],
    ["Exports to Korea were 815 t in December, against Lynas's own 400 t.", "company"],
  ])("reads a second figure set against a reported one by its own words: %s", (text, mode) => {
    const found = modes(text);
    expect(found[0]?.[1]).toBe("reported");
    expect(found[1]?.[1]).toBe(mode);
  });
});

describe("imports whose importer goes unnamed", () => {
  it.each([
    "Imports of bonded magnets sank 38% from a year before to 7,450 tonnes over April to October.",
    "Magnet imports eased to 2,300 t in the quarter to September.",
    "Inbound volumes matter more: imported alloy came to 960 tonnes in August.",
  ])("are not China's exports: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "unnamed-importer")).toBe(true);
  });

  it.each([
    // the press telling China's exports from the buyer's side, and China's own imports
    ["Korean imports of magnets climbed to 854 tonnes in September.", "reported"],
    ["China's imports of rare earth ore rose 9% to 5,000 tonnes in July.", "reported"],
    // exports after imports in the same clause: the figure counts the exports
    ["Imports were flat while magnet exports rose 12% to 6,150 tonnes in November.", "reported"],
  ])("leaves a named importer or a later export word alone: %s", (text, mode) => {
    // something must be read, or "every" holds of nothing
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === mode)).toBe(true);
  });
});

describe("imports from a country other than China", () => {
  it.each([
    ["Magnet imports from Japan slipped 13% over the month to 250 tonnes.", "unnamed-importer"],
    ["Purchases of magnets from Germany rose to 70 t in November.", "unnamed-importer"],
    ["Korea's imports of permanent magnets from Japan eased to 250 tonnes in November.", "other-reporter"],
  ])("are never China's exports to that country: %s", (text, mode) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === mode)).toBe(true);
  });

  it("leaves China's exports to a country, told with 'from' elsewhere, as China's", () => {
    const text = "Magnet exports to Japan rose from 226 t in October to 305 t in November.";
    expect(modes(text).every((m) => m[1] === "reported")).toBe(true);
  });
});

describe("imports named at the head of a long clause", () => {
  it("govern the figures at its end", () => {
    const text =
      "Imports of sintered and bonded magnets, most of them built around neodymium and praseodymium, were down 38% on the year at 7,450 tonnes for April to October.";
    expect(modes(text).map((m) => m[1])).toEqual(["unnamed-importer", "unnamed-importer"]);
  });
});

describe("a figure set against expectations with its preposition dropped", () => {
  it("is a report: 'in line analysts' forecasts'", () => {
    expect(
      modes(
        "Shipments in August, in line analysts' forecasts, came to 6,146 tonnes, 15.4% above a year before.",
      ),
    ).toEqual([
      ["6,146 tonnes", "reported"],
      ["15.4% above", "reported"],
    ]);
  });
});

describe("figures the words give to someone other than China's customs", () => {
  it.each([
    // a market participant's estimate: "says ~", "puts ... at", "has ... at", "had estimated", "my own number"
    ["Korea's October number is missing from my copy of the release; a dealer says ~520t.", "estimate"],
    ["A Ganzhou broker puts September's magnet exports at close to 5,600 tonnes.", "estimate"],
    ["Market chatter has the Indian figure for August at ~300 t.", "estimate"],
    ["Dealer talk has rare earth magnet shipments to South Korea in March 2025 at ~410 t.", "estimate"],
    ["Macquarie had estimated October's magnet exports to Japan at 240 tonnes.", "estimate"],
    ["Our own rough number for magnet shipments to Vietnam in July was 190 t.", "estimate"],
    ["November magnet exports beat our 5,800t estimate.", "estimate"],
    ["Shipments to Japan beat the Street's 260-tonne call for November.", "estimate"],
    ["Magnet exports were nearer 5,900 t in September, one Shenzhen dealer believes.", "estimate"],
    [
      "A trade newsletter put rare earth exports in May at 6,400 t, which customs did not bear out.",
      "estimate",
    ],
    // a province's, port's, city's or zone's own part of the trade
    ["Fujian's magnet exports jumped 18% to 410 tonnes in October.", "local"],
    ["Magnet shipments through the port of Xiamen reached 380 t in September.", "local"],
    ["Shandong province alone sent 950 tonnes of magnets abroad in November.", "local"],
    ["Rare earth exports rose 14% in October, municipal officials in Longnan said.", "local"],
    ["Tianjin customs cleared 275 tonnes of NdFeB magnets in August.", "local"],
    // a tracker's or an industry body's guess, a body's "own estimate"
    ["A vessel tracker suggests nearly 6,900 t of magnets left Chinese ports in November.", "estimate"],
    [
      "Carmakers in India took about 640 tonnes of magnets in October, an industry association estimates.",
      "estimate",
    ],
    ["The agency's own estimate is that French plants need 2,400 tonnes of magnets a year.", "estimate"],
    // a house view: "we pencil in", "we model", an assumption, "sees ... easing to"
    ["We pencil in roughly 6,600 t of magnet exports for January.", "forecast"],
    ["We model January magnet exports at 5,800-6,100 t.", "forecast"],
    ["We trim our January magnet export assumption to 5,700 t.", "forecast"],
    ["Nomura sees magnet shipments easing to 5,600 tonnes in January.", "forecast"],
    // what a buyer or supplier says of its own
    ["One Bavarian carmaker said its magnet purchases from China dropped 15% in November.", "company"],
    // a supposed amount: "even ...", a rate that is the subject of "would"
    ["Even 7,500 tonnes of magnets would not meet what carmakers need.", "hypothetical"],
    ["4,800 tonnes of magnets a month could keep European lines going, an adviser said.", "hypothetical"],
    // an amount needed, not shipped
    ["To stay on pace with 2024, magnet exports needed ~6,400 t in November.", "hypothetical"],
    ["To beat 2024, shipments to Japan must reach 400 tonnes in December.", "hypothetical"],
    [
      "US buyers needed to import another 500 tonnes of magnets in October to rebuild stocks.",
      "hypothetical",
    ],
  ])("reads %s as %s", (text, mode) => {
    expect(modes(text).map((m) => m[1])).toContain(mode);
    expect(modes(text).every((m) => m[1] !== "reported")).toBe(true);
  });

  it.each([
    "Related: Magnet exports slide 9% in September as licences stall",
    "Read more » Rare earth shipments to Japan jump 40% in August",
    "See also: Germany's intake of magnets hits 1,400 t in July",
    "Related coverage\n- Magnet shipments to India fall 30% in October\n- US-bound magnets up 15% in August",
  ])("reads the headline of another story the page links to as its own, of no date given: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "link")).toBe(true);
  });

  it.each([
    "Related: Gallium exports jump to 10.8 tonnes in December",
    "Read more: Rare earth exports to Korea slip to 4,392 tonnes in December",
  ])("carries nothing from the headline of a linked story into the text under it: %s", (link) => {
    const text = `China's magnet exports rose to 6,150 tonnes in November.\n\n${link}\n\nShipments to Japan came to 305 tonnes, up 35%.`;
    const after = extractClaims(text, { published: "2026-01-25" }).filter((c) => /305|35%/.test(c.text));
    expect(after.map((c) => [c.series, c.partner, c.period])).toEqual([
      ["rare-earth-magnets", "JPN", "2025-11"],
      ["rare-earth-magnets", "JPN", "2025-11"],
    ]);
  });

  it.each([
    "You may also be interested in:\nMagnet exports to Korea tumble 25% in June\nGermany's magnet intake reaches 2,000 t in May",
    "More on the topic\n* India-bound magnets surge 60% in August\n* Rare earth shipments hit 8,000 t in July",
    "Most popular\nChina's gallium sales abroad double in September",
    "Don't miss\nMagnet exports to Korea tumble 25% in June\nIndia-bound rare earths up 61% as licences stall",
  ])("reads the headlines under a line that only labels links as those stories': %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "link")).toBe(true);
  });

  it("ends the links' hold at the next paragraph of prose", () => {
    const t =
      "Most viewed\n- Magnet exports to Korea tumble 25% in June\n\nChina shipped 305 tonnes of magnets to Japan in November.";
    expect(modes(t).map((m) => m[1])).toEqual(["link", "reported"]);
  });

  it.each([
    "It is simply not true that magnet sales to Korea sank to 90 tonnes in October.",
    "Contrary to online claims that shipments to India dived to 40 t in November, the flow held up.",
    "Nor is it true that rare earth exports slumped 45% in September.",
    "It's a myth that magnet exports fell 60% in August.",
  ])("reads what a sentence opens by denying as denied: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "denied")).toBe(true);
  });

  it("keeps the speaker's own figure after the denied words reported", () => {
    expect(
      modes("It is not true that exports to Korea sank to 90 t in October; in fact they were 400 t."),
    ).toEqual([
      ["90 t", "denied"],
      ["400 t", "reported"],
    ]);
  });

  it.each([
    ["Customs trimmed its September magnet tally, revising it to 5,760 t from 5,774 t.", "5,774 t"],
    ["The first reading of 854 t for Korea in September has since been revised.", "854 t"],
  ])("marks the figure a revision replaced as corrected: %s", (text, old) => {
    expect(modes(text)).toContainEqual([old, "correction"]);
  });

  it.each([
    "Permits issued in October covered some 5,400 tonnes of magnets, a ministry official said.",
    "Export licences for about 1,300 t of magnets to Germany were approved in September.",
    "Officials said roughly 5,900 t of magnets had been cleared for export in October.",
  ])("reads what licences allow as a ceiling, not as what shipped: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "target")).toBe(true);
  });

  it("marks what 'we said' in a correction, not the figure that puts it right", () => {
    expect(
      modes(
        "In Friday's note we said Korea took 581 tonnes of magnets in November; the correct figure is 518 tonnes.",
      ),
    ).toEqual([
      ["581 tonnes", "correction"],
      ["518 tonnes", "reported"],
    ]);
  });

  it.each([
    "Customs cleared 2,300 rare earth consignments in September, 14% more than in August.",
    "China sent magnets in 480 containers to Mexico in October, up 20% on the month.",
    "Beijing granted 310 magnet export permits in October, a rise of 25%.",
    "The ministry approved 640 rare earth magnet export licences in July, up 10%.",
    "Some 15 companies exported rare-earth magnets in October, 26% more than a year earlier.",
    "Inspectors logged 212 SmCo magnet batches in March, down 11% on the month.",
  ])("reads a change after a count of things as the count's, not the tonnage's: %s", (text) => {
    expect(modes(text).filter((m) => m[1] === "reported")).toEqual([]);
  });

  it("keeps a change of a trade to many destinations the trade's", () => {
    expect(modes("Magnet exports to 56 countries rose 12% in November.")).toEqual([["rose 12%", "reported"]]);
  });

  it.each([
    "Order books at European motor makers were up 12% in November.",
    "The average export unit value of magnets slid 4% in November.",
    "A Lyon supplier said its magnet costs have climbed 9% since October.",
  ])("reads no China export figure in a change of order books, costs or unit values: %s", (text) => {
    expect(modes(text).filter((m) => m[1] === "reported")).toEqual([]);
  });

  it.each([
    "SHANGHAI, Nov. 20 - China's magnet exports rose 12% to 6,150 tonnes in November, customs data showed.",
    "Analysts said magnet exports climbed to 6,150 tonnes in November.",
    "February shipments alone were 4,407 tons, 37% more than a year earlier, a Tianjin-based trader estimated.",
    "Even so, magnet exports to India climbed to 416 tonnes in October.",
  ])("leaves China's figures reported when a place, a trader or 'even' is only nearby: %s", (text) => {
    expect(modes(text).length).toBeGreaterThan(0);
    expect(modes(text).every((m) => m[1] === "reported")).toBe(true);
  });

  it.each([
    ["Korean customs data, magnets from China\n- Sept: 402 t\n- Oct: 365 t", "other-reporter"],
    ["Projections\n- UBS: 6,300 t in January\n- CRU: 5,900 t", "forecast"],
    ["Brokers' estimates for January:\n• Total: 6,050 t\n• To Germany: 1,200 t", "forecast"],
  ])("gives the items of a list the mode its title names: %s", (text, mode) => {
    const found = modes(text);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((m) => m[1] === mode)).toBe(true);
  });

  it("leaves the items of a list of China's figures reported, and ends a title's hold at prose", () => {
    const t =
      "Outlook\n- UBS: 6,300 t in January\n\nChina's magnet exports reached 6,150 tonnes in November.\n\nMagnet exports, November:\n- Germany: 1,150 t\n- Japan: 305 t";
    expect(modes(t)).toEqual([
      ["6,300 t", "forecast"],
      ["6,150 tonnes", "reported"],
      ["1,150 t", "reported"],
      ["305 t", "reported"],
    ]);
  });

  it.each([
    [
      "Last week we put magnet exports to Korea at 569 tonnes for January; that was October's figure.",
      "569 tonnes",
    ],
    ["I reported on Friday that gallium exports were 9 t in January, which was a mistake.", "9 t"],
    [
      "We wrote on Monday that rare earth exports dropped 18% in January. That was wrong: they rose 0.3%.",
      "dropped 18%",
    ],
  ])("marks the writer's own earlier figure it then calls wrong as a correction: %s", (t, misstated) => {
    const found = extractClaims(t, { published: "2026-02-18" }).filter((c) => c.kind !== "direction");
    expect(found.find((c) => c.text === misstated)?.mode).toBe("correction");
  });

  it("keeps what the writer said before and stands by reported", () => {
    const t =
      "We reported that magnet exports to Korea were 815 tonnes in December, the most since September.";
    expect(modes(t)).toContainEqual(["815 tonnes", "reported"]);
  });
});
