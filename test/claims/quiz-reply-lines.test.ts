// A quiz sets a numbered prompt on one line and the reply on the next: "Q5. True or false: ..."
// then "False. Its share was 9.5%." The prompt is a question; the reply, on its own line, states
// its figure, even where the prompt line ends with a full stop and is long enough to look wrapped.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function read(text: string, published: string) {
  return (await verifyClaims(store, text, { published })).claims.map((c) => ({
    text: c.text,
    partner: c.partner,
    period: c.period,
    verdict: c.verdict,
    question: /a question/.test(c.explanation ?? ""),
  }));
}

describe("a quiz prompt and its reply on the next line", () => {
  it("keeps the prompt a question and checks the reply", async () => {
    const text =
      "Q5. True or false: the United States took more than a tenth of China's magnet exports in November.\nFalse. Its share was 9.5%.";
    const [prompt, reply] = await read(text, "2025-12-22");
    expect(prompt).toMatchObject({ verdict: "unverifiable", question: true });
    expect(reply).toEqual({
      text: "share was 9.5%",
      partner: "USA",
      period: "2025-11",
      verdict: "supported",
      question: false,
    });
  });

  it("does not support a wrong figure in the reply, which takes its destination from the prompt", async () => {
    const text =
      "Q2. True or false: the United States took more than a tenth of China's magnet exports in November.\nFalse. Its share was 7.5%.";
    const reply = (await read(text, "2025-12-22")).find((c) => c.text.includes("7.5%"));
    // the reply names neither destination nor month: carried from the prompt, they cannot contradict
    expect(reply).toMatchObject({
      partner: "USA",
      period: "2025-11",
      verdict: "unverifiable",
      question: false,
    });
  });

  it("still reads a prompt that wraps mid-sentence onto the next line as one question", async () => {
    const text =
      "Q5. True or false: the United States took more than a tenth of China's magnet exports in\nNovember, at 7.5% of the total.";
    const claims = await read(text, "2025-12-22");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.question && c.verdict === "unverifiable")).toBe(true);
  });
});
