// The demo's one way to build DOM nodes: createElement and textContent only,
// never an HTML string (make lint checks).

/** Creates an element with properties, attributes (`attrs`), data (`dataset`) and children (nodes or strings). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { attrs, dataset, ...rest } = props;
  Object.assign(node, rest);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, v);
  for (const [k, v] of Object.entries(dataset || {})) node.dataset[k] = v;
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
