/**
 * Whether the embed is drawn at all: browsers stop animation frames for a frame scrolled out of view or a page
 * in a background tab, and a map that draws no frame never becomes idle.
 */
export function trackDrawn(root: Element): () => boolean {
  let intersecting = true;
  // Without a root, the observer measures against the top-level viewport, also from inside a cross-origin frame.
  const io = new IntersectionObserver((entries) => { intersecting = entries.at(-1)?.isIntersecting ?? intersecting; });
  io.observe(root);
  return () => intersecting && document.visibilityState === 'visible';
}
