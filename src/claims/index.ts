// The claims stage: find trade figures in text, check them against the store, render the verdicts.

export { extractClaims } from "./extract/extract-claims.js";
export { checkClaims, verifyClaims, type VerifyOptions } from "./verify.js";
export { renderText, type RenderTextOptions } from "./render-text.js";
export { renderJsonLd, type RenderJsonLdOptions } from "./render-jsonld.js";
export type * from "./types.js";
