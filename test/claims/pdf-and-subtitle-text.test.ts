// Text taken from a PDF breaks its lines at a fixed width and hyphenates words across them ("an in-
// crease", "mag-\nnet shipments"); subtitles split sentences across numbered, timed cues. The reader
// reads such text whole, and the checker judges a claim on the words the reader read: a wrong figure
// in a sentence whose product stands on the line before, or across a cue, is contradicted like any
// other, and the quoted words stay as written.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: 1,238 t in May 2025, 57,392 t in 2025 (58,152 t in 2024); US 564 t in December 2025;
// rare earths 62,585 t in 2025 (55,431 t in 2024)
describe("text from a PDF", () => {
  it("reads a word hyphenated at a line's end whole ('an in-\\ncrease of 12.9 per cent')", async () => {
    const text =
      "China's exports of rare earths reached 62,585 tonnes in 2025, an in-\ncrease of 12.9 per cent on the year.";
    expect(await verdictsOf(store, text, "2026-02-10")).toEqual([
      ["62,585 tonnes", "supported"],
      ["in-\ncrease of 12.9 per cent", "supported"],
    ]);
  });

  it("contradicts a wrong figure whose product is hyphenated across the break ('mag-\\nnet')", async () => {
    const text = "In May 2025 mag-\nnet shipments fell to 1,283 tonnes.";
    expect(await verdictsOf(store, text, "2026-02-10")).toContainEqual(["1,283 tonnes", "contradicted"]);
  });

  it("judges a wrapped sentence as one, its month on the next line ('of magnets\\nin December')", async () => {
    const text = "US buyers took 654 tonnes of magnets\nin December, customs data showed.";
    expect(await verdictsOf(store, text, "2026-01-25")).toEqual([["654 tonnes", "contradicted"]]);
  });

  it("while comma-separated lines, each opening in lower case, stay lines of their own", async () => {
    const text = "product,partner,month,tonnes\nmagnets,VNM,2025-09,444\nmagnets,IND,2025-09,418";
    expect(await verdictsOf(store, text, "2025-10-21")).toContainEqual(["444", "contradicted"]);
  });

  it("keeps a compound split at its hyphen ('rare-\\nearth magnets')", async () => {
    const text = "China's exports of rare-\nearth magnets were 1,238 tonnes in May 2025.";
    expect(await verdictsOf(store, text, "2025-06-25")).toEqual([["1,238 tonnes", "supported"]]);
  });
});

describe("subtitles", () => {
  const cues = (...lines: string[]) =>
    lines.map((l, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i + 1},000\n${l}`).join("\n\n");

  it("run a sentence on across cues ('... of magnets,' / 'down 3.1% on 2024.')", async () => {
    const text = cues(
      "For the year as a whole, China",
      "shipped 57,392 tonnes of magnets,",
      "down 3.1% on 2024.",
    );
    expect(await verdictsOf(store, text, "2026-01-25")).toEqual([
      ["57,392 tonnes", "supported"],
      ["down 3.1%", "contradicted"],
    ]);
  });

  it("end a sentence with the cue that ends it", async () => {
    const text = cues(
      "Magnet exports to the US were 564 tonnes in December.",
      "Rare earth exports rose 12.9% in 2025.",
    );
    expect(await verdictsOf(store, text, "2026-01-25")).toEqual([
      ["564 tonnes", "supported"],
      ["rose 12.9%", "supported"],
    ]);
  });
});
