// Splits text into sentences and clauses in one linear pass, keeping offsets into the input.
// Abbreviations ("U.S.", "Nov.") and decimals ("6.15") do not end a sentence; long runs without
// punctuation are cut into bounded pieces so that every later pattern works on short strings.

/** A piece of the input: `text === input.slice(start, start + text.length)`. */
export interface Segment {
  start: number;
  text: string;
  /** True for the first clause of a sentence. */
  sentenceStart: boolean;
  /** True for the first clause after a blank line (a new paragraph or article). */
  paragraphStart: boolean;
}

/** No clause is longer than this; longer runs are cut at a space. */
export const MAX_CLAUSE = 600;

const ABBREVIATIONS = new Set([
  "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "ms", "mrs", "dr", "vs", "no", "co", "inc", "ltd", "corp", "st", "e.g", "i.e", "approx", "est", "u.s.a",
]);

/** Splits `input` into clauses (sentence pieces at ";", "while", ", but" ...), in order. */
export function segment(input: string): Segment[] {
  const out: Segment[] = [];
  let sentenceStart = 0;
  let paragraph = true;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 10) {
      // newline: a blank line ends the paragraph; a single one ends a headline or list item
      let j = i + 1;
      while (j < n && (input.charCodeAt(j) === 32 || input.charCodeAt(j) === 9 || input.charCodeAt(j) === 13)) j++;
      const blank = j < n && input.charCodeAt(j) === 10;
      pushSentence(input, sentenceStart, i, paragraph, out);
      paragraph = blank || (paragraph && sentenceStart >= i);
      sentenceStart = i + 1;
      continue;
    }
    if (c === 0x3002 || ((c === 46 || c === 33 || c === 63) && endsSentence(input, i))) {
      pushSentence(input, sentenceStart, i + 1, paragraph, out);
      paragraph = false;
      sentenceStart = i + 1;
    }
  }
  pushSentence(input, sentenceStart, n, paragraph, out);
  return out;
}

function endsSentence(input: string, i: number): boolean {
  const next = input.charCodeAt(i + 1);
  if (i + 1 < input.length && next !== 32 && next !== 10 && next !== 34 && next !== 0x201d && next !== 41) return false;
  if (input.charCodeAt(i) !== 46) return true;
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && /[A-Za-z.]/.test(input[j] ?? "")) j--;
  const word = input.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) {
    // "U.S." ends a sentence only when a capitalised function word follows
    const after = input.slice(i + 1, i + 12);
    return word === "u.s" && /^\s(?:The|It|Its|This|That|Those|They|In|Exports|Shipments)\b/.test(after);
  }
  return true;
}

const CLAUSE_BREAK = /;|\s(?:while|whereas|although|though)\s|,\s(?:but|and|with|as|even as)\s|\s-{1,2}\s|\s—\s/g;

function pushSentence(input: string, start: number, end: number, paragraph: boolean, out: Segment[]): void {
  if (end <= start) return;
  let first = true;
  for (const [s, e] of chunks(start, end, input)) {
    const text = input.slice(s, e);
    let cursor = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      if (m.index > cursor) {
        out.push({ start: s + cursor, text: text.slice(cursor, m.index), sentenceStart: first, paragraphStart: paragraph && first });
        first = false;
      }
      cursor = m.index + 1;
    }
    if (cursor < text.length) {
      out.push({ start: s + cursor, text: text.slice(cursor), sentenceStart: first, paragraphStart: paragraph && first });
      first = false;
    }
  }
}

/** Cuts [start, end) into pieces of at most MAX_CLAUSE characters, at spaces where possible. */
function chunks(start: number, end: number, input: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_CLAUSE) {
    let cut = s + MAX_CLAUSE;
    const space = input.lastIndexOf(" ", cut);
    if (space > s + MAX_CLAUSE / 2) cut = space;
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, end]);
  return out;
}
