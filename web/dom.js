// A tiny element builder: el("p", { class: "note" }, "text", child) -> <p class="note">text…</p>.
// Text is always set as text, never parsed as HTML.

/**
 * Create an element with attributes and children (strings, nodes, arrays; null is skipped).
 * @example el("a", { href: "/api/openapi.json" }, "API")
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Replace everything inside `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Label each body cell with its column heading, so narrow screens can show rows as stacked cards. */
export function stackable(table) {
  const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, i) => cell.setAttribute("data-label", headings[i] ?? ""));
  }
  table.classList.add("stack");
  return table;
}
