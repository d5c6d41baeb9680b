// Building sentences out of parts, and the note book that numbers the source keys a brief cites.
// Notes are numbered in order of first citation, so the same brief always numbers them the same way.
import type { BriefPart, BriefSentence } from "./brief-types.js";

/** A resolved value a figure rests on: one partner in one period. */
export interface NoteKey {
  partner: string;
  period: string;
}

export interface NoteBook {
  /** The note number of a key, assigned on first use. */
  cite: (key: NoteKey) => number;
  keys: () => NoteKey[];
}

/**
 * A fresh note book.
 * @example const book = createNoteBook(); book.cite({ partner: "WLD", period: "2025-11" }) // 1
 */
export function createNoteBook(): NoteBook {
  const order: NoteKey[] = [];
  const index = new Map<string, number>();
  return {
    cite(key) {
      const id = `${key.partner}|${key.period}`;
      let n = index.get(id);
      if (n === undefined) {
        order.push({ partner: key.partner, period: key.period });
        n = order.length;
        index.set(id, n);
      }
      return n;
    },
    keys: () => [...order],
  };
}

/** A part stating a figure backed by the given keys. */
export function fig(book: NoteBook, text: string, ...keys: NoteKey[]): BriefPart {
  const notes = [...new Set(keys.map((k) => book.cite(k)))].sort((a, b) => a - b);
  return notes.length > 0 ? { text, notes } : { text };
}

/**
 * A sentence from plain strings and figure parts.
 * @example sentence("mom", ["Up ", fig(book, "12%", nov, oct), " on October."])
 */
export function sentence(id: string, parts: (string | BriefPart)[]): BriefSentence {
  const merged: BriefPart[] = [];
  for (const p of parts.map((x) => (typeof x === "string" ? { text: x } : x))) {
    const last = merged[merged.length - 1];
    if (last && !last.notes && !p.notes) last.text += p.text;
    else merged.push({ ...p });
  }
  return { id, parts: merged, text: merged.map((p) => p.text).join("") };
}
