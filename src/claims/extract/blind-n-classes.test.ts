// Wordings a fourteenth blind batch (magnets and the rare-earth total by destination, in long press
// sentences) showed misread: an earlier item named by its time and set right as another
// destination's figure, a question told in reported speech, a streak in a past-perfect relative
// clause, and code-mixed sentences that borrow English nouns but not its grammar.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { unreadLanguage } from "./unread-language.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a correction of an earlier item", () => {
  it("reads an item named by its time as the earlier piece", () => {
    const text =
      "FIX: A bulletin at 11:30 said Germany took 569 tonnes of Chinese magnets in October. That was South Korea's number; Germany took 1,118 tonnes.";
    expect(find(text, "2025-11-21", "569")?.mode).toBe("correction");
    expect(find(text, "2025-11-21", "1,118")?.mode).toBe("reported");
  });

  it("reads the same under a correction label", () => {
    const text =
      "CORRECTION: A flash at 09:05 GMT said Japan took 454 tonnes of magnets from China in October. Japan took 226 tonnes.";
    expect(find(text, "2025-11-21", "454")?.mode).toBe("correction");
  });
});

describe("a question in reported speech", () => {
  it("is a question, not a statement of the figure", () => {
    const text =
      "At the meeting a shareholder asked whether China's magnet exports to the US in November had really been 852 tonnes.";
    expect(find(text, "2025-12-22", "852")?.mode).toBe("question");
    const other = "One caller wanted to know if China's rare-earth exports in May were 5,846 tonnes.";
    expect(find(other, "2025-06-20", "5,846")?.mode).toBe("question");
  });

  it("leaves a figure in brackets, which says what is asked about, and an answer after a colon as statements", () => {
    const text =
      "A delegate asked whether the first-half magnet total (22,319 tonnes) would be topped in the second half; another wondered if it could: the 2024 total was 58,152 tonnes.";
    expect(find(text, "2025-07-24", "22,319")?.mode).toBe("reported");
    expect(find(text, "2025-07-24", "58,152")?.mode).not.toBe("question");
    const asked = "A caller asked whether exports to Japan in October had been (as rumoured) 454 tonnes.";
    expect(find(asked, "2025-11-21", "454")?.mode).toBe("question");
  });

  it("leaves a statement after 'asked' alone", () => {
    const text =
      "Asked about the data, the minister said China's magnet exports in October were 5,473 tonnes.";
    expect(find(text, "2025-11-21", "5,473")?.mode).toBe("reported");
  });
});

describe("a streak in a past-perfect relative clause", () => {
  it("is counted to the month before the clause's month", () => {
    const text =
      "Shipments to Germany, which had fallen for three consecutive months before the truce, rose 20% in December.";
    const c = find(text, "2026-01-21", "three consecutive months");
    expect(c?.stated).toMatchObject({ type: "streak", n: 3, before: true });
  });

  it("keeps a past perfect with no relative pronoun on its own month", () => {
    const text = "By October, China's magnet exports had fallen for two straight months.";
    const c = find(text, "2025-11-21", "two straight months");
    expect(c?.stated).toMatchObject({ type: "streak", n: 2 });
    expect(c?.stated).not.toHaveProperty("before");
  });
});

describe("a code-mixed sentence", () => {
  it("is unread when it borrows English nouns but not English grammar", () => {
    expect(
      unreadLanguage(
        "Korea ke apne customs data ke mutabiq Korea ne September mein 900 tonnes magnets import kiye.",
      ),
    ).toBe(true);
  });

  it("is read when its grammar is English", () => {
    expect(
      unreadLanguage(
        "China's magnet exports to India in October were 416 tonnes, yaani about the same as in July.",
      ),
    ).toBe(false);
  });
});

describe("a figure a correction attributes to another destination", () => {
  it("still stands where the text gives it to that destination", () => {
    const text =
      "Korea's 569 tonnes were down from September's 854 tonnes. CORRECTION: An item at 0930 GMT said Germany took 854 tonnes of Chinese magnets in September. That was South Korea's figure.";
    const claims = extractClaims(text, { published: "2025-11-21" });
    const korea = claims.find((c) => c.partner === "KOR" && text.slice(c.start, c.end).includes("854"));
    const germany = claims.find((c) => c.partner === "DEU" && text.slice(c.start, c.end).includes("854"));
    expect(germany?.mode).toBe("correction");
    expect(korea?.mode).toBe("reported");
  });
});

describe("a reported question that takes its figure as given", () => {
  it("leaves the figure a statement", () => {
    const text = "A reader asks whether the 5,865 t rare earths figure from May covers magnets.";
    expect(find(text, "2025-06-20", "5,865")?.mode).toBe("reported");
  });
});

describe("words that looked like a company, a forecast or a denial", () => {
  it("reads 'its own' before a word that is no trade figure as no company's", () => {
    const text =
      "Korea, caught in its own dispute with Beijing, saw its October intake of Chinese magnets fall 33% to 569 tonnes.";
    expect(find(text, "2025-11-21", "33%")?.mode).toBe("reported");
  });

  it("keeps a company's own sales a company's", () => {
    const text = "The maker said its own shipments rose 33% to 569 tonnes in October.";
    expect(find(text, "2025-11-21", "33%")?.mode).toBe("company");
  });

  it("reads 'may be thinking of' as no forecast of the figure after it", () => {
    const text = "The reader may be thinking of the rare-earth total, which in December was 4,392 tonnes.";
    expect(find(text, "2026-02-05", "4,392")?.mode).toBe("reported");
  });

  it("reads the writer's own statement after a denial closed by a colon", () => {
    const text =
      "The claim that China's rare-earth exports shrank in 2024 is simply wrong: they rose 6% that year, to 55,431 tonnes.";
    expect(find(text, "2025-03-01", "6%")?.mode).toBe("reported");
    expect(find(text, "2025-03-01", "55,431")?.mode).toBe("reported");
  });

  it("still reads the denied report before the colon as denied", () => {
    const text =
      "Reports that exports fell to 3,000 tonnes in May are wrong: customs has published nothing yet.";
    expect(find(text, "2025-06-05", "3,000")?.mode).toBe("denied");
  });

  it("reads 'the next month' in a narrative past as no forecast", () => {
    const text =
      "The next month already told the story: in October Korea's purchases fell 33.4% to 569 tonnes.";
    expect(find(text, "2025-11-21", "569")?.mode).toBe("reported");
    const ahead = "Next month China's exports could fall to 4,000 tonnes.";
    expect(find(ahead, "2025-11-21", "4,000")?.mode).toBe("forecast");
  });
});

describe("the whole record named by where it is kept", () => {
  it.each([
    ["In May exports fell to 1,238 tonnes, the lowest monthly figure in the customs record.", "lowest"],
    ["June's 7,742.2 tonnes was the highest in our published series.", "highest"],
    ["At 1,238 tonnes, May was the weakest month in the data we hold.", "weakest"],
  ])("reads %s as a rank on record", (text, word) => {
    const c = find(text, "2025-07-20", word);
    expect(c?.kind).toBe("rank");
    expect(c?.stated).toMatchObject({ type: "rank", n: 1, scope: { type: "record" } });
  });
});
