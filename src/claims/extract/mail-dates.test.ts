import { describe, expect, it } from "vitest";
import { mailDateAt, mailDates } from "./mail-dates.js";

describe("mailDates", () => {
  it("reads a message's date line beside its other header lines", () => {
    const thread = "Short note.\n\nFrom: Lee Park\nSent: Monday, 3 March 2025 09:12\nTo: Desk\n\nBody.";
    expect(mailDates(thread)).toEqual([{ at: thread.indexOf("Sent:"), date: "2025-03-03" }]);
    expect(mailDates("From: Lee\nDate: 2025-07-09\nSubject: x\n\nBody.")[0]?.date).toBe("2025-07-09");
  });

  it("reads a reply's line over the message it quotes", () => {
    const reply = "Fine by me.\n\nOn Wed, Apr 9, 2025 at 4:40 PM Lee Park <lee@example.org> wrote:\n> Body.";
    expect(mailDates(reply)).toEqual([
      { at: reply.indexOf("On Wed"), end: reply.length, date: "2025-04-09" },
    ]);
  });

  it("takes no date line that is not in a message's header", () => {
    expect(mailDates("Date: March 3, 2025\n\nExports rose.")).toEqual([]);
    expect(mailDates("From the customs office.\n\nDate: March 3, 2025\n\n\n\n\nTo: all")).toEqual([]);
    expect(mailDates("Exports rose, as Lee wrote: 5% on the month.")).toEqual([]);
  });

  it("gives a place in the text the date of the message it falls in", () => {
    const dates = [
      { at: 10, date: "2025-03-03" },
      { at: 50, end: 80, date: "2025-02-01" },
    ];
    expect([5, 20, 60, 90].map((at) => mailDateAt(dates, at))).toEqual([
      null,
      "2025-03-03",
      "2025-02-01",
      "2025-03-03",
    ]);
  });
});
