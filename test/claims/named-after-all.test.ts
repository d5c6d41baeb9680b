// Parts of a reading that a figure's own sentence names, though not right next to the figure: the
// reader must take them as named, so a wrong figure is contradicted like any other, while a part
// only carried over from earlier text still never contradicts.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

/** The claim whose words are `quote`. */
async function claimOf(text: string, quote: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text.includes(quote) || quote.includes(x.text));
  return { verdict: c?.verdict, explanation: c?.explanation ?? "", partner: c?.partner, period: c?.period };
}

describe("a possessive of the clause's own subject", () => {
  it("leaves China the subject of 'its best month' after a figure China is said to have sold", async () => {
    const text = "Beijing sold 6,400 tonnes of magnets abroad in November, its strongest month of 2025.";
    const level = await claimOf(text, "6,400 tonnes", "2025-12-22");
    expect(level.partner).toBe("WLD");
    expect(level.verdict).toBe("contradicted");
    expect((await claimOf(text, "strongest month of 2025", "2025-12-22")).verdict).toBe("contradicted");
  });

  it("still supports the right figure", async () => {
    const got = await claimOf(
      "China sold 6,150 tonnes of magnets in November, their highest since January.",
      "6,150 tonnes",
      "2025-12-22",
    );
    expect(got.verdict).toBe("supported");
  });

  it("still reads 'its' with no subject of the clause before it as pointing back", async () => {
    const got = await claimOf(
      "Japan took 305 tonnes of magnets in November. Shipments reached 4,000 tonnes, its best month.",
      "4,000 tonnes",
      "2025-12-22",
    );
    expect(got.verdict).not.toBe("contradicted");
  });
});

describe("a part of the clause's own figure", () => {
  it("leaves the total named when 'half of it' went to a destination", async () => {
    const got = await claimOf(
      "In November, China exported 6,400 tonnes of magnets, about half of it to Europe.",
      "6,400 tonnes",
      "2025-12-20",
    );
    expect(got.partner).toBe("WLD");
    expect(got.verdict).toBe("contradicted");
  });
});

describe("'the country' that is China", () => {
  it("names China as the subject after China's customs are cited", async () => {
    const text =
      "Chinese customs said on Saturday that the country shipped 6,400 tonnes of magnets in November, up 15% from October.";
    expect((await claimOf(text, "6,400 tonnes", "2025-12-20")).verdict).toBe("contradicted");
    expect((await claimOf(text, "up 15%", "2025-12-20")).verdict).toBe("contradicted");
  });

  it("is the destination named before it, not China", async () => {
    const got = await claimOf(
      "Japan's buyers were busy in November. China's exporters said Japan took more, and the country received 400 tonnes.",
      "400 tonnes",
      "2025-12-20",
    );
    expect(got.verdict).not.toBe("contradicted");
  });

  it("is a destination spoken of before when goods go to it", async () => {
    const got = await claimOf(
      "Japan's buyers were busy in November. Chinese magnet exports to the country rose to 400 tonnes.",
      "400 tonnes",
      "2025-12-20",
    );
    expect(got.verdict).not.toBe("contradicted");
  });
});

describe("a carried month the sentence names after all", () => {
  it("is dated by the same month a year before named as a base", async () => {
    const text =
      "China's magnet exports reached 5,238 t in March, customs data showed. Shipments to the US came to 430 t, down 26% from March last year.";
    const change = await claimOf(text, "down 26%", "2026-04-20");
    expect(change.period).toBe("2026-03");
    expect(change.verdict).toBe("contradicted");
    expect((await claimOf(text, "430 t", "2026-04-20")).verdict).toBe("contradicted");
  });

  it("is dated by a year-ago base another change of the sentence names", async () => {
    const got = await claimOf(
      "Rare earth exports came to 5,493.9 t in November. Exports were also 24.4% above November 2024 and 30% above September.",
      "30% above September",
      "2025-12-20",
    );
    expect(got.verdict).toBe("contradicted");
  });

  it("is not dated by a year-ago base of another month than the carried one", async () => {
    const got = await claimOf(
      "Magnet exports came to 6,150 t in November. The US took 600 t, down 10% from October 2024.",
      "600 t",
      "2025-12-20",
    );
    expect(got.verdict).not.toBe("contradicted");
  });

  it("is the month of the sentence right before when the figure says 'that month'", async () => {
    const text =
      "Korean magnet buyers stocked up in September. Chinese customs data show exports to Korea of 870 tonnes that month.";
    const got = await claimOf(text, "870 tonnes", "2025-10-25");
    expect(got.period).toBe("2025-09");
    expect(got.verdict).toBe("contradicted");
    expect((await claimOf(text.replace("870", "854"), "854 tonnes", "2025-10-25")).verdict).toBe("supported");
  });

  it("stays carried after 'that month' when the sentence before names two months or none", async () => {
    for (const text of [
      "Magnet exports to Korea were 854 t in September. Korean buyers had bought less in August. Exports to Korea reached 870 tonnes that month.",
      "Magnet exports to Korea rose in September. Korea's buyers said so. Exports to Korea reached 870 tonnes that month.",
    ])
      expect((await claimOf(text, "870 tonnes", "2025-10-25")).verdict, text).not.toBe("contradicted");
  });
});

describe("a base named after a second change of the clause", () => {
  it("is the second change's, so the first keeps the month before as its base", async () => {
    const got = await claimOf(
      "Exports of rare earths fell 30.9% to 4,000.3 tonnes in September, down 4.3% from September 2024.",
      "fell 30.9%",
      "2025-10-21",
    );
    expect(got.verdict).toBe("supported");
  });
});
