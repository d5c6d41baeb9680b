import { describe, expect, it } from "vitest";
import { restackCells } from "./stacked-cells.js";

describe("a table set one cell to a line", () => {
  it("reads the heads as one line and each label with its figures as a row, offsets kept", () => {
    const text = "Shipments, t\nQ1\nQ2\nJapan\n812\n..\nIndia\n390\n415\nSource: customs";
    expect(restackCells(text)).toBe("Shipments, t\nQ1\tQ2\nJapan\t812\t..\nIndia\t390\t415\nSource: customs");
  });

  it("joins a label and its figure in turn when there are no heads", () => {
    expect(restackCells("Japan\n305\nIndia\n416\n")).toBe("Japan\t305\nIndia\t416\n");
  });

  it("leaves the lines as they are when a row's figures are fewer than the heads", () => {
    const text = "Q1\nQ2\nJapan\n812\n790\nIndia\n390\nVietnam\n12\n14";
    expect(restackCells(text)).toBe(text);
  });

  it("joins rows all labelled by months, but not a callout whose month dates the figure above it", () => {
    expect(restackCells("Shipped (t)\nSep 2025\n5,773\nOct 2025\n5,473\n")).toBe(
      "Shipped (t)\nSep 2025\t5,773\nOct 2025\t5,473\n",
    );
    const callout = "Shipped\n5,773 t\nSep 2025\n-0.9% m/m\n";
    expect(restackCells(callout)).toBe(callout);
  });
});
