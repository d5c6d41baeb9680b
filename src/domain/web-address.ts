// What counts as a source's web address: http or https, a host, and none of the characters that
// would break out of an HTML attribute or a markdown link (quotes, angle brackets, backticks,
// backslashes, spaces, control characters). Such characters in a real address are percent-encoded.

const UNSAFE = /["'<>`\\\s\p{Cc}]/u;

/**
 * True for an absolute http(s) address with a host and no unsafe characters.
 * @example isWebAddress("https://tass.com/economy/2099305") // true; isWebAddress('https://x.org/"a') // false
 */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^/?#]/i.test(text) || UNSAFE.test(text)) return false;
  try {
    return new URL(text).hostname !== "";
  } catch {
    return false;
  }
}
