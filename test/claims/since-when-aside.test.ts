// "Since June, when Japan took only 131 tonnes, its purchases have more than doubled": the ", when"
// aside dates its own level, not the move after the comma that closes it; the move runs since that
// month to the month the text is on. Checked on the reference data (Japan: June 2025 131 t,
// November 305 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const change = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-22" })).claims.find((c) => c.kind === "change");

describe("a move after an aside on the month it runs since", () => {
  it("is the month the text is on, against that month", async () => {
    const c = await change(
      "Japan took 305 t of Chinese magnets in November. Since June, when Japan took only 131 t, its purchases have more than doubled.",
    );
    expect(c?.period).toBe("2025-11");
    expect(c?.verdict).toBe("supported");
  });

  it("is never called wrong on the month carried over", async () => {
    const c = await change(
      "Japan took 305 t of Chinese magnets in November. Since June, when Japan took only 131 t, its purchases have tripled.",
    );
    expect(c?.period).toBe("2025-11");
    expect(c?.verdict).toBe("unverifiable");
  });
});
