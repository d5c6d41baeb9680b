// The stylesheet inlined in the HTML brief: a readable analyst note on a phone and on paper,
// with charts that scale to the column and no external fonts or assets.

export const BRIEF_CSS = `
:root { --ink: #1d2731; --muted: #5b6775; --rule: #d9dee3; --accent: #b5472b; --link: #1f5f8b; --paper: #fdfcf9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.1rem 3rem; }
header { border-bottom: 3px solid var(--ink); margin-bottom: 1.2rem; padding-bottom: .6rem; }
.kicker { font: 600 .78rem/1.3 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); margin: 0 0 .3rem; }
h1 { font-size: 1.55rem; line-height: 1.2; margin: 0 0 .4rem; }
.meta { font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); margin: 0; }
.headline { font-size: 1.22rem; line-height: 1.45; font-weight: 600; margin: 0 0 1.2rem; }
h2 { font: 700 .85rem/1.3 system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase; color: var(--muted);
  border-top: 1px solid var(--rule); padding-top: .9rem; margin: 1.6rem 0 .6rem; }
ul { padding-left: 1.1rem; margin: 0; }
li { margin: 0 0 .5rem; }
sup { font: 600 .65rem/0 system-ui, sans-serif; }
sup a { color: var(--link); text-decoration: none; padding: 0 .08rem; }
figure { margin: 1rem 0 1.4rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; background: white; }
figcaption { font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); margin-top: .35rem; }
.keys { list-style: none; padding: 0; font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); }
.keys li { margin: 0 0 .15rem; }
.events li, .notes li { font-size: .9rem; }
.date { font: 600 .8rem system-ui, sans-serif; color: var(--muted); white-space: nowrap; }
.suspended { color: var(--accent); font-style: italic; }
.caveats li { list-style: square; }
.notes { font: .78rem/1.45 system-ui, sans-serif; color: var(--muted); padding-left: 1.6rem; }
.notes a { color: var(--link); overflow-wrap: anywhere; }
.notes :target { background: #fff3c4; }
footer { margin-top: 2rem; font: .75rem/1.4 system-ui, sans-serif; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .6rem; }
@media (max-width: 480px) { body { font-size: 15px; } h1 { font-size: 1.3rem; } .headline { font-size: 1.08rem; } }
@media print {
  body { background: white; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  figure, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; }
  .notes a::after { content: " <" attr(href) ">"; font-size: 7pt; }
  @page { margin: 16mm 14mm; }
}
`;
