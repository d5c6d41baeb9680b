// Wordings a blind batch (aq: briefings, memos, corrections columns, captions and chat logs on the
// customs releases) showed read wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a rank told as a month noun beside a month named after a comma", () => {
  it("ranks that month, not the clause's ('... in May (1,238 t), the weakest month of 2025')", async () => {
    const text =
      "In December China exported 5,952 t of magnets, close to five times its total for May (1,238 t), the weakest month of 2025.";
    const rank = await claimAt(store, text, "weakest month of 2025", "2026-01-25");
    expect(rank).toMatchObject({ kind: "rank", period: "2025-05", verdict: "supported" });
  });

  it("ranks a base month the same way ('... from November, the strongest month since January')", async () => {
    const text =
      "Exports of magnets slipped 3.2% in December from November, the strongest month since January.";
    const rank = await claimAt(store, text, "strongest month since", "2026-01-25");
    expect(rank).toMatchObject({ kind: "rank", period: "2025-11", verdict: "supported" });
  });

  it("still contradicts a false rank of that month ('... in August, the strongest month of the year')", async () => {
    // August's 6,146 t was the third of 2025, behind January and November
    const text =
      "Magnet exports came to 5,952 t in December, against 6,146 t in August, the strongest month of the year.";
    const rank = await claimAt(store, text, "strongest month of the year", "2026-01-25");
    expect(rank).toMatchObject({ kind: "rank", period: "2025-08", verdict: "contradicted" });
  });
});

describe("a chart or graphic that 'labelled' a figure, set right in the next sentence", () => {
  it("is a figure the text corrects, and the right one is checked", async () => {
    const text =
      "A chart on Tuesday labelled Japan's November magnet volume as 350 tonnes. It should have read 305 tonnes.";
    const wrong = await claimAt(store, text, "350 tonnes", "2025-12-28");
    expect(wrong?.mode).toBe("correction");
    expect(wrong?.verdict).toBe("unverifiable");
    const right = await claimAt(store, text, "305 tonnes", "2025-12-28");
    expect(right).toMatchObject({ partner: "JPN", period: "2025-11", verdict: "supported" });
  });

  it("is checked when nothing sets it right", async () => {
    const text = "A chart on Tuesday labelled Japan's November magnet volume as 350 tonnes.";
    const figure = await claimAt(store, text, "350 tonnes", "2025-12-28");
    expect(figure?.mode).not.toBe("correction");
    expect(figure).toMatchObject({ partner: "JPN", period: "2025-11", verdict: "contradicted" });
  });
});

describe("an aside on the subject that names a company", () => {
  it("leaves the figure China's customs figure ('The US, where our parent company's other plant is, got 564 t')", async () => {
    const text =
      "Japan, where our parent company's second plant is, received 280 t of Chinese magnets in December.";
    const figure = await claimAt(store, text, "280 t", "2026-01-24");
    expect(figure?.mode).toBe("reported");
    expect(figure).toMatchObject({ partner: "JPN", period: "2025-12", verdict: "supported" });
  });

  it("still makes a company's own figure of one the company is the subject of", async () => {
    const text = "The company, which supplies motor makers in Japan, shipped 90 t of magnets in December.";
    const figure = await claimAt(store, text, "90 t", "2026-01-24");
    expect(figure?.mode).toBe("company");
    expect(figure?.verdict).toBe("unverifiable");
  });
});

describe("a share restated in brackets before what it is of", () => {
  it("is read with the fraction in words ('a little under a tenth (7.6%) of the total')", async () => {
    const text =
      "India took 416 t of China's 5,473 t of magnet exports in October, a little under a tenth (7.6%) of the total.";
    const share = await claimAt(store, text, "a little under a tenth (7.6%) of the total", "2025-11-25");
    expect(share).toMatchObject({ kind: "share", partner: "IND", period: "2025-10", verdict: "supported" });
    expect(share?.stated).toMatchObject({ pct: 10 });
  });

  it("is read with a percentage and its tonnage in brackets ('about 42% (2,568.8 t) of the total')", async () => {
    const text = "The EU received about 42% (2,568.8 t) of China's magnet exports in November.";
    const share = await claimAt(store, text, "about 42% (2,568.8 t) of China's magnet exports", "2025-12-22");
    expect(share).toMatchObject({ kind: "share", partner: "EU27", period: "2025-11", verdict: "supported" });
  });
});

describe("a part set against its whole, then the percentage it comes to", () => {
  it("is the part's destination's share ('444 of 5,473 t is 8.1%')", async () => {
    const text = "Vietnam took 444 t of magnets in October. By our count, 444 of 5,473 t is 8.1%.";
    const share = await claimAt(store, text, "8.1%", "2025-11-25");
    expect(share).toMatchObject({ kind: "share", partner: "VNM", period: "2025-10", verdict: "supported" });
  });

  it("contradicts a percentage the two figures do not give ('444 of 5,473 t is 9.1%')", async () => {
    const text = "Vietnam took 444 t of magnets in October, and 444 of 5,473 t is 9.1%.";
    const share = await claimAt(store, text, "9.1%", "2025-11-25");
    expect(share).toMatchObject({ kind: "share", partner: "VNM", verdict: "contradicted" });
  });
});
