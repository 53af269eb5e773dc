/**
 * The host-side loader (`embed.js`): `NmgAtlas.mount`, automatic mounting of `[data-nmg-atlas]` elements, and the
 * `<nmg-atlas>` custom element. Plain DOM only: the map itself lives in the embed page, never in the host.
 */
import { optionsFromAttributes, type EmbedOptions } from './embedUrl.ts';
import { mount, type Controller } from './mount.ts';

// The atlas folder is where this script came from (captured now: currentScript is only set while it runs).
const SCRIPT_BASE = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const controllers = new WeakMap<Element, Controller>();

function mountOnce(el: Element, options?: EmbedOptions): Controller {
  controllers.get(el)?.destroy();
  const c = mount(el, options ?? optionsFromAttributes((n) => el.getAttribute(n)), SCRIPT_BASE);
  controllers.set(el, c);
  return c;
}

function autoMount(): void {
  document.querySelectorAll('[data-nmg-atlas]').forEach((el) => { if (!controllers.has(el)) mountOnce(el); });
}

/** `<nmg-atlas region="…" categories="…">`: the same attributes as the data- embed, and the controller's methods. */
class NmgAtlasElement extends HTMLElement {
  static observedAttributes = ['region', 'categories', 'place', 'from', 'to', 'view', 'lang', 'theme', 'controls', 'origins', 'base'];
  controller: Controller | null = null;
  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    this.controller = mountOnce(this);
  }
  disconnectedCallback() {
    this.controller?.destroy();
    this.controller = null;
    controllers.delete(this);
  }
  attributeChangedCallback(_n: string, old: string | null, now: string | null) {
    // A changed attribute reloads the frame with the new options; simple and always consistent.
    if (this.controller && old !== now) this.controller = mountOnce(this);
  }
  setState(partial: Record<string, unknown>) { return this.controller?.setState(partial) ?? Promise.reject(new Error('nmg-atlas: element not in the page')); }
  on(event: Parameters<Controller['on']>[0], cb: Parameters<Controller['on']>[1]) { return this.controller?.on(event, cb) ?? (() => {}); }
}

const api = {
  mount: (el: Element, options: EmbedOptions = {}) => mountOnce(el, options),
  /**
   * The controller of an element mounted automatically (data-nmg-atlas or <nmg-atlas>); an element the page has
   * not finished parsing yet is mounted on the spot, so this works right after the script tag.
   */
  get: (el: Element) => controllers.get(el) ?? (el.matches('[data-nmg-atlas]') ? mountOnce(el) : null),
  scan: autoMount,
};
(window as unknown as { NmgAtlas: typeof api }).NmgAtlas = api;
if (!customElements.get('nmg-atlas')) customElements.define('nmg-atlas', NmgAtlasElement);
// Elements above the script exist already and are mounted now; the rest once the page is parsed.
autoMount();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount);
