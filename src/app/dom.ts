/**
 * A tiny element builder: text children become text nodes, so nothing passed here is ever parsed as HTML.
 */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    // Inline style through the CSSOM: a style attribute would be blocked by the page's CSP (style-src 'self').
    else if (k === 'style' && typeof v === 'string') el.style.cssText = v;
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

/** A button that looks like a link: for actions that change the view (select a region or place). */
export function linkButton(label: string, onClick: () => void, title?: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'linklike', ...(title ? { title } : {}), onclick: onClick }, label);
}
