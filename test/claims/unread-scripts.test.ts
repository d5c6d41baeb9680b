// Sentences in a language the reader does not read are never contradicted, whatever figure it finds
// in them: a code-mixed Hindi sentence set in Devanagari, whose only readable words are English
// ("India को October में ... 446 tonnes भेजे गए"), and Turkish, Polish and Vietnamese sentences too
// short for the count of their common words ("Kasımda ABD'ye 528 ton mıknatıs gönderildi").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { unreadLanguage } from "../../src/claims/extract/unread-language.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a sentence in a script the reader does not read", () => {
  it.each([
    "India को October में rare earth magnets के 446 tonnes भेजे गए।",
    "จีนส่ง rare earth magnets ไปยัง India 446 tonnes ในเดือน October",
  ])("reads the English words but does not contradict: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2025-11-21" });
    const c = r.claims.find((x) => x.stated.type === "level" && x.stated.value === 446);
    expect(c).toMatchObject({ series: "rare-earth-magnets", partner: "IND", period: "2025-10" });
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toContain("not in English");
  });

  it("still contradicts the same wrong figure in English", async () => {
    const text = "India took 446 tonnes of rare earth magnets from China in October.";
    const r = await verifyClaims(store, text, { published: "2025-11-21" });
    expect(r.claims.find((x) => x.partner === "IND")?.verdict).toBe("contradicted");
  });
});

describe("letters only an unread Latin-script language writes", () => {
  it.each([
    "Kasımda ABD'ye 528 ton mıknatıs gönderildi.",
    "Do Niemiec trafiło 1118 ton, więcej niż w październiku.",
    "Xuất khẩu nam châm giảm 3,1%.",
  ])("mark a short sentence as unread: %s", (sentence) => {
    expect(unreadLanguage(sentence)).toBe(true);
  });

  it.each([
    "Exports to Germany reached 1,118 tonnes in October, customs data showed.",
    "A plant near Eskişehir took 40 tonnes of magnets in October.",
    "Im Oktober gingen 1.118 Tonnen nach Deutschland, für März waren es weniger.",
  ])("leave English, German and a single foreign name alone: %s", (sentence) => {
    expect(unreadLanguage(sentence)).toBe(false);
  });
});
