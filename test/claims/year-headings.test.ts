// A heading that is only a year ("2024", "## 2025", "2025 in review") dates the section under it;
// "for the year" or "full-year" under it leaves the number to the text, so the year named before is
// a reading, and a figure the words date no further is never contradicted on the year of publication.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string) => periodsOf(store, text, "2026-01-20");

// magnets: 2024 58,152 t, 2025 57,392 t
describe("a year heading", () => {
  it("dates the figures under a heading that is only a year", async () => {
    expect(
      await read("2025\nMagnet exports came to 57,392 t.\n\n2024\nMagnet exports came to 58,152 t."),
    ).toEqual([
      ["57,392 t", "2025-01..2025-12", "supported"],
      ["58,152 t", "2024-01..2024-12", "supported"],
    ]);
  });

  it("supports 'for the year' under a year heading on that year", async () => {
    expect(await read("## 2024\nMagnet exports for the year were 58,152 t.")).toEqual([
      ["58,152 t", "2024-01..2024-12", "supported"],
    ]);
  });

  it("does not contradict 'for the year' on the year of publication when a heading named another", async () => {
    expect(await read("## 2024\nMagnet exports for the year were 58,512 t.")).toEqual([
      ["58,512 t", "2025-01..2025-12", "unverifiable"],
    ]);
  });

  it("still contradicts a wrong figure whose year the sentence names", async () => {
    expect(await read("## 2024\nMagnet exports in 2025 were 58,152 t.")).toEqual([
      ["58,152 t", "2025-01..2025-12", "contradicted"],
    ]);
  });
});
