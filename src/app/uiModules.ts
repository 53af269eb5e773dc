/**
 * Mount points for the search box and the initiative list (modules of their own, see search/ and list/).
 */
import { mountList } from './list/mountList.ts';
import { mountSearch } from './search/mountSearch.ts';
import type { MountedUi } from './search/searchTypes.ts';
import type { UiContext } from './types.ts';

/** Mounts each module whose slot exists (an embed may leave either out). */
export function mountUiModules(searchEl: HTMLElement | null, listEl: HTMLElement | null, ctx: UiContext): MountedUi {
  const mounted = [searchEl && mountSearch(searchEl, ctx), listEl && mountList(listEl, ctx)].filter((m): m is MountedUi => !!m);
  return {
    refresh: () => mounted.forEach((m) => m.refresh()),
    destroy: () => mounted.forEach((m) => m.destroy()),
  };
}
