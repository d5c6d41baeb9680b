// Segmentation on its own: what a reader takes as a headline, a bullet, a table, a Q&A turn, a
// wrapped line, and where sentences end.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { segment, splitBlocks } from "./segment.js";

const kinds = (t: string) => splitBlocks(t).map((b) => [b.kind, t.slice(b.start, b.end)]);

describe("splitBlocks", () => {
  it("takes a headline without a full stop as its own block, and joins a wrapped line", () => {
    const t =
      "Magnet shipments to America slide in November\nBEIJING (Wire) - Exports to the United\nStates fell 11% to 582 t.";
    expect(kinds(t)).toEqual([
      ["heading", "Magnet shipments to America slide in November"],
      ["prose", "BEIJING (Wire) - Exports to the United\nStates fell 11% to 582 t."],
    ]);
  });

  it("makes every bullet, numbered item, thread post and flag-led line its own block", () => {
    const t =
      "Destinations last month:\n* Germany 1,346 t\n2. India 416 t\n3/ Korea 569 t\n🇯🇵 305 t\n- Vietnam 444 t,\n  up 2.6%";
    expect(kinds(t).map((k) => k[0])).toEqual(["heading", "bullet", "bullet", "bullet", "bullet", "bullet"]);
    expect(kinds(t)[5]?.[1]).toBe("- Vietnam 444 t,\n  up 2.6%");
  });

  it("makes each line led by the square, diamond, circle or pointer marks of Asian brokers' notes a bullet", () => {
    const t =
      "China magnet exports (Oct.)\n■ Exports 5,473 tonnes (-5.2% MoM)\n◆ To Japan 226 tonnes → a turn?\n● To Korea 569 tonnes\n▶ Rare earth 4,343.5 tonnes";
    expect(kinds(t).map((k) => k[0])).toEqual(["heading", "bullet", "bullet", "bullet", "bullet"]);
    const modes = extractClaims(t, { published: "2025-11-25" }).map((c) => [c.text, c.mode]);
    expect(modes).toContainEqual(["5,473 tonnes", "reported"]);
    expect(modes).toContainEqual(["569 tonnes", "reported"]);
  });

  it("keeps a table open across a line of spaces a pasted PDF leaves under its header, not across an empty line", () => {
    const t =
      "Magnet exports (t)\n\nPartner      Sep      Oct\n          \nKorea        854      569\nIndia       n.a.      416";
    expect(kinds(t).map((k) => k[0])).toEqual(["heading", "table"]);
    const claims = extractClaims(t, { published: "2025-11-25" });
    expect(claims.map((c) => [c.partner, c.period, c.text])).toEqual([
      ["KOR", "2025-09", "854"],
      ["KOR", "2025-10", "569"],
      ["IND", "2025-10", "416"],
    ]);
    expect(kinds("Partner      Sep      Oct\n\nKorea        854      569").map((k) => k[0])).not.toEqual([
      "table",
    ]);
  });

  it("reads lines of sentences set between pipes as lines, not as a table of figures", () => {
    const t = "WIRE | MAGNET SHIPMENTS TO JAPAN SEP -4.1% Y/Y\nWIRE | MAGNET SHIPMENTS TO KOREA SEP +9% M/M";
    expect(kinds(t).some((k) => k[0] === "table")).toBe(false);
    const claims = extractClaims(t, { published: "2025-10-25" });
    expect(claims.map((c) => [c.partner, c.period, c.text])).toEqual([
      ["JPN", "2025-09", "-4.1%"],
      ["KOR", "2025-09", "+9%"],
    ]);
  });

  it("makes each line that leads with a figure, then a dash and what it is, its own item", () => {
    const t = "By the numbers\n\n6,146 - tonnes shipped in August\n21.9% - Germany's slice of them";
    expect(kinds(t).map((k) => k[0])).toEqual(["heading", "bullet", "bullet"]);
    expect(kinds("2025 was a year to forget - and so was 2024.").map((k) => k[0])).toEqual(["prose"]);
  });

  it("finds tables by pipes or by aligned columns, and Q&A turns", () => {
    const t =
      "| Partner | Oct (t) |\n|---|---|\n| Japan | 226 |\n\nPartner      Nov\nJapan        305\n\nQ: And Korea?\nA: Down a third.\nStill weak.";
    expect(kinds(t).map((k) => k[0])).toEqual(["table", "table", "question", "answer"]);
    expect(kinds(t)[3]?.[1]).toBe("A: Down a third.\nStill weak.");
  });

  it("reads named speakers as turns: one who asks, then the one who answers", () => {
    const t = "Host: How much went to the States last year?\nGuest: About 5,900 tonnes.\nHost: Thanks.";
    expect(kinds(t).map((k) => k[0])).toEqual(["question", "answer", "prose"]);
  });
  it("reads a quarter's row led by 'Q2:' as figures, and a 'Q2:' that asks as a question", () => {
    const rows = "Magnet exports by quarter, 2025 (t)\nQ3: July 5,577; August 6,146\nQ4: 17,575";
    expect(kinds(rows).map((k) => k[0])).not.toContain("question");
    const modes = extractClaims(rows, { published: "2026-02-01" }).map((c) => [c.text, c.period, c.mode]);
    expect(modes).toContainEqual(["6,146", "2025-08", "reported"]);
    const quiz = "Q2: In which month did exports fall to 1,238 t?\nA2: May.";
    expect(kinds(quiz).map((k) => k[0])).toEqual(["question", "answer"]);
  });

  it("splits a one-line 'Q: ...? A: ...' turn into its question and its answer", () => {
    const t =
      "Q: Did exports to Japan rise? A: Yes, to 305 t.\nMore in December.\nQ: And Korea? Answer: Down.";
    expect(kinds(t)).toEqual([
      ["question", "Q: Did exports to Japan rise? "],
      ["answer", "A: Yes, to 305 t.\nMore in December."],
      ["question", "Q: And Korea? "],
      ["answer", "Answer: Down."],
    ]);
  });

  it("reads a question standing on its own line as a turn, and the line after it as its answer", () => {
    const t =
      "Did Germany get more in August?\nYes, 1,346 t.\nAnd the United States?\nSlightly fewer: 590 tonnes, against 619 t.\nWhy does it matter? Because of licences.";
    expect(kinds(t).map((k) => k[0])).toEqual(["question", "answer", "question", "answer"]);
  });
});

describe("segment", () => {
  it("ends a sentence after a month abbreviation only before a capital", () => {
    const s = segment(
      "Exports peaked on Jan. 5 at a high. Total 5,577t, highest since Jan. H1 total was 22.3kt.",
    );
    expect(s.filter((x) => x.sentenceStart).map((x) => x.text.trim())).toEqual([
      "Exports peaked on Jan. 5 at a high.",
      "Total 5,577t, highest since Jan.",
      "H1 total was 22.3kt.",
    ]);
  });

  it("ends a sentence after the reference marks set right after its full stop", () => {
    const s = segment(
      "Exports rose 12.9% in 2025.[4] Volumes were lowest in February.[5][6] Version 2.[a] Total 5.9 t.",
    );
    expect(s.filter((x) => x.sentenceStart).map((x) => x.text.trim())).toEqual([
      "Exports rose 12.9% in 2025.[4]",
      "Volumes were lowest in February.[5][6]",
      "Version 2.[a]",
      "Total 5.9 t.",
    ]);
  });

  it("reads a month by the year its own sentence names when reference marks end the sentences before", () => {
    const claims = extractClaims(
      "China exported 55,431 tonnes of rare earths in 2024 and 62,585 tonnes in 2025.[4] The 2025 total was the highest on record.[5] Monthly volumes varied widely during 2025, from a low of 3,217 tonnes in February to a high of about 7,742 tonnes in June.[6]",
      { published: "2026-02-10" },
    );
    expect(claims.filter((c) => c.kind === "level").map((c) => [c.text, c.period])).toEqual([
      ["55,431 tonnes", "2024-01..2024-12"],
      ["62,585 tonnes", "2025-01..2025-12"],
      ["3,217 tonnes", "2025-02"],
      ["about 7,742 tonnes", "2025-06"],
    ]);
  });

  it("marks questions and keeps offsets with line breaks read as spaces", () => {
    const t = "Did exports top\n7,000 t? No.";
    const s = segment(t);
    expect(s[0]).toMatchObject({ question: true, text: "Did exports top 7,000 t?" });
    expect(t.slice(s[0]!.start, s[0]!.start + s[0]!.text.length).replace("\n", " ")).toBe(s[0]!.text);
  });
});

describe("concessive openings", () => {
  it("makes an opening concession a clause of its own, up to its comma", () => {
    const t = "Notwithstanding quotas tightened in May, shipments of 4,205 t went out.";
    expect(segment(t).map((s) => s.text)).toEqual([
      "Notwithstanding quotas tightened in May",
      " shipments of 4,205 t went out.",
    ]);
  });

  it("does not cut at the comma inside a number", () => {
    const t = "Although exports of 4,205 t to Japan fell in May, shipments rose.";
    expect(segment(t).map((s) => s.text)).toEqual([
      "Although exports of 4,205 t to Japan fell in May",
      " shipments rose.",
    ]);
  });
});

describe("a chat export's lines", () => {
  it.each([
    "[14/03, 09:12] Ola: tungsten apt 1,204 t\n[14/03, 09:12] Ola: +8% y/y\n[14/03, 09:13] Ben: and belgium?",
    "14/03/2026, 09:12 - Ola: tungsten apt 1,204 t\n14/03/2026, 09:12 - Ola: +8% y/y\n14/03/2026, 09:13 - Ben: and belgium?",
    "[14/03/2026, 9:12:05 AM] Ola: tungsten apt 1,204 t\n[14/03/2026, 9:12:40 AM] Ola: +8% y/y\n[14/03/2026, 9:13:02 AM] Ben: and belgium?",
  ])("are turns of their own, so a later line's question mark does not make a figure a question: %s", (t) => {
    const segs = segment(t);
    const at = t.indexOf("+8%");
    const seg = segs.find((s) => s.start <= at && s.start + s.text.length > at);
    expect(seg?.question).toBe(false);
    expect(segs.filter((s) => s.question).some((s) => s.text.includes("belgium?"))).toBe(true);
  });

  it("keeps a forum thread's posts apart, each led by its handle, though none ends with a full stop", () => {
    const t =
      "u/ingot_guy: US share is tiny tho, like 1 in 10\nu/ndfeb_nerd: 582t to the US in Nov\nu/lurker42: I thought Japan's own customs had 320t\nu/ingot_guy: EU took about 2.6kt in Nov";
    expect(splitBlocks(t).map((b) => [b.kind, t.slice(b.start, b.end)])).toEqual(
      t.split("\n").map((line) => ["bullet", line]),
    );
  });

  it("reads each of a wire's flash headlines in capitals as an item of its own, across an abbreviated month", () => {
    const t =
      "*CHINA OCT. MAGNET EXPORTS FALL 5.2% M/M TO 5,473 TONS\n*CHINA JAN.-OCT. RARE-EARTH EXPORTS 52,699 TONS";
    expect(kinds(t)).toEqual([
      ["bullet", "*CHINA OCT. MAGNET EXPORTS FALL 5.2% M/M TO 5,473 TONS"],
      ["bullet", "*CHINA JAN.-OCT. RARE-EARTH EXPORTS 52,699 TONS"],
    ]);
    expect(segment(t).map((s) => s.text.trim())).toEqual([
      "*CHINA OCT. MAGNET EXPORTS FALL 5.2% M/M TO 5,473 TONS",
      "*CHINA JAN.-OCT. RARE-EARTH EXPORTS 52,699 TONS",
    ]);
    expect(extractClaims(t, { published: "2025-11-20" }).map((c) => [c.text, c.period])).toEqual([
      ["FALL 5.2%", "2025-10"],
      ["5,473 TONS", "2025-10"],
      ["52,699 TONS", "2025-01..2025-10"],
    ]);
  });

  it("keeps a line that opens with emphasis in its paragraph, and a month's stop before a capital in prose", () => {
    const t = "*Updated* Magnet exports fell in Oct. Shipments to Japan rose.";
    expect(kinds(t)).toEqual([["prose", t]]);
    expect(segment(t).map((s) => s.text.trim())).toEqual([
      "*Updated* Magnet exports fell in Oct.",
      "Shipments to Japan rose.",
    ]);
  });
});

describe("a timeline's dated lines", () => {
  const kinds = (t: string) => splitBlocks(t).map((b) => [b.kind, t.slice(b.start, b.end)]);

  it("makes each line led by a date and a dash or colon its own item, two or more running", () => {
    const t = "April 2025 - Exports fall to 2,626 t.\n4 May 2025 – Licences resume.\nJune 2025: 3,188 t.";
    expect(kinds(t)).toEqual([
      ["bullet", "April 2025 - Exports fall to 2,626 t."],
      ["bullet", "4 May 2025 – Licences resume."],
      ["bullet", "June 2025: 3,188 t."],
    ]);
  });

  it("leaves a single line that opens with a month and a dash in its paragraph", () => {
    const t = "The figures came out on Monday.\nNovember - a month of gains - saw 6,150 t leave.";
    expect(kinds(t).map(([k]) => k)).toEqual(["prose"]);
  });
});
