/**
 * In a small frame the attribution shrinks to MapLibre's ⓘ button, which expands it on click: the full line
 * would cover a third of a 320×240 map and the panel. Larger frames keep it written out.
 */

/** Frames up to this size get the compact attribution (MapLibre's own breakpoint is a width of 640). */
export const COMPACT_ATTRIBUTION = { maxWidth: 640, maxHeight: 320 };

export const isSmallFrame = (width: number, height: number): boolean =>
  width <= COMPACT_ATTRIBUTION.maxWidth || height <= COMPACT_ATTRIBUTION.maxHeight;

/** Keeps the attribution control (a `<details>`) compact while the frame is small; MapLibre's own button toggles it. */
export function compactAttribution(root: HTMLElement): () => void {
  const update = () => {
    const attrib = root.querySelector('.maplibregl-ctrl-attrib');
    if (!attrib) return;
    const small = isSmallFrame(document.documentElement.clientWidth, document.documentElement.clientHeight);
    if (small && !attrib.classList.contains('maplibregl-compact')) {
      // Collapsed to the ⓘ; the `open` attribute is what MapLibre's toggle expects before its first click.
      attrib.classList.add('maplibregl-compact');
      attrib.classList.remove('maplibregl-compact-show');
      attrib.setAttribute('open', '');
    } else if (!small && attrib.classList.contains('maplibregl-compact')) {
      // Only when present: even a no-op remove rewrites the class attribute, which would wake the observer again.
      attrib.classList.remove('maplibregl-compact', 'maplibregl-compact-show');
    }
  };
  const ro = new ResizeObserver(update);
  ro.observe(document.documentElement);
  // MapLibre expands it again on some map events (a wide but short frame): put it back.
  const mo = new MutationObserver(update);
  const attrib = root.querySelector('.maplibregl-ctrl-attrib');
  if (attrib) mo.observe(attrib, { attributes: true, attributeFilter: ['class'] });
  update();
  return () => { ro.disconnect(); mo.disconnect(); };
}
