import { describe, expect, it } from "vitest";
import { statedDate } from "./stated-date.js";

describe("statedDate", () => {
  it("reads a date line under the headline, in the ways pages print it", () => {
    expect(statedDate("Gallium shipments recover\nNovember 21, 2025\n\nChina sent ...")).toBe("2025-11-21");
    expect(statedDate("Gallium shipments recover\nFri 21 Nov 2025 09:05 GMT\nChina sent ...")).toBe(
      "2025-11-21",
    );
    expect(
      statedDate("Gallium shipments recover\nBy Ana Lee · Nov. 21, 2025 · 4 min read\nChina sent ..."),
    ).toBe("2025-11-21");
    expect(statedDate("Gallium\n2025-11-21\nChina sent ...")).toBe("2025-11-21");
    expect(statedDate("Gallium\nVeröffentlicht: 21.11.2025, 09:05 Uhr\nChina ...")).toBe("2025-11-21");
    expect(statedDate("Gallium\n21.11.2025 09:05\nChina ...")).toBe("2025-11-21");
    expect(statedDate("镓出口回升\n2025年11月21日 09:05\n正文")).toBe("2025-11-21");
    expect(statedDate("Gallium\nPosted on 3rd March 2026 by staff\nChina sent ...")).toBe("2026-03-03");
  });

  it("reads a wire dateline that opens the first paragraph, with its year", () => {
    expect(statedDate("SHANGHAI, Nov 21, 2025 (Agency) - China's gallium exports ...")).toBe("2025-11-21");
    expect(statedDate("SHANGHAI, Nov 21 (Agency) - China's gallium exports ...")).toBeNull();
  });

  it("prefers the publication date to an update, and an update to nothing", () => {
    expect(statedDate("Title\nUpdated: 24 Nov 2025\nPublished: 21 Nov 2025\nText")).toBe("2025-11-21");
    expect(statedDate("Title\nLast updated 24 Nov 2025\nText")).toBe("2025-11-24");
  });

  it("does not take a date inside a sentence, past the head, or one that is not a day", () => {
    expect(statedDate("On August 1, 2023, China began licensing gallium exports.")).toBeNull();
    expect(statedDate(`${"A line of text.\n".repeat(10)}November 21, 2025\n`)).toBeNull();
    expect(statedDate("Title\nFebruary 29, 2025\nText")).toBeNull();
  });
});

describe("statedDate beside a date given for the text", () => {
  it("reads a dateline without its year in the year nearest the given date", () => {
    const wire = "SHANGHAI, Nov 21 (Agency) - China's gallium exports ...";
    expect(statedDate(wire, "2026-01-04")).toBe("2025-11-21");
    expect(statedDate(wire, "2025-11-20")).toBe("2025-11-21");
    expect(statedDate("TOKYO, 3 March (Agency) – Japan's imports ...", "2025-12-30")).toBe("2026-03-03");
  });

  it("keeps a date that states its year, and reads no yearless date without a given one", () => {
    expect(statedDate("SHANGHAI, Nov 21, 2024 (Agency) - China's ...", "2026-01-04")).toBe("2024-11-21");
    expect(statedDate("SHANGHAI, Nov 21 (Agency) - China's ...")).toBeNull();
    expect(statedDate("SHANGHAI, Feb 29 (Agency) - China's ...", "2025-03-01")).toBe("2024-02-29");
  });
});

describe("statedDate of a pasted social post", () => {
  it("reads the time stamp under the post, wherever it stands", () => {
    expect(statedDate("Gallium exports rebounded last month.\n9:41 AM · Nov 21, 2025 · 3,204 Views")).toBe(
      "2025-11-21",
    );
    expect(statedDate(`${"A line of a long thread.\n".repeat(12)}18:05 · 21 Nov 2025\n`)).toBe("2025-11-21");
  });

  it("does not take a time and a date inside a sentence", () => {
    expect(statedDate("Trading paused at 9:41 AM · Nov 21, 2025 was a Friday, officials said.")).toBeNull();
  });
});
