/**
 * Mount points for the search box and the initiative list (modules of their own, see search/ and list/), each fetched
 * only when its slot exists, so the embed (which has neither) never downloads their code.
 */
import type { MountedUi } from './search/searchTypes.ts';
import type { UiContext } from './types.ts';

/** Mounts each module whose slot exists; resolves once both are in the page. */
export async function mountUiModules(searchEl: HTMLElement | null, listEl: HTMLElement | null, ctx: UiContext): Promise<MountedUi> {
  const mounted = (await Promise.all([
    searchEl && import('./search/mountSearch.ts').then((m) => m.mountSearch(searchEl, ctx)),
    listEl && import('./list/mountList.ts').then(async (m) => { const list = m.mountList(listEl, ctx); await list.firstShown; return list; }),
  ])).filter((m): m is MountedUi => !!m);
  return {
    refresh: () => mounted.forEach((m) => m.refresh()),
    destroy: () => mounted.forEach((m) => m.destroy()),
  };
}
