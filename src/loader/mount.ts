/**
 * `NmgAtlas.mount(element, options)`: puts the embed in a responsive iframe and returns a controller that speaks
 * the message protocol for the host page. Only messages from that frame and the atlas's origin are heard.
 */
import { MSG, parseEmbedMessage } from '../embed/protocol.ts';
import { embedUrl, withOrigin, type EmbedOptions } from './embedUrl.ts';

export type ControllerEvent = 'ready' | 'select' | 'statechange' | 'resize';

/**
 * How long `setState` waits for the embed's answer. It includes the embed's loading: a browser does not draw a frame
 * scrolled out of view, so such an embed starts only once it is scrolled to, and the call gives up rather than hang.
 */
export const SET_STATE_TIMEOUT_MS = 10_000;

export interface Controller {
  /**
   * Sends a partial state (same shape as `nmgAtlas.setState`); resolves with the state once the embed has applied it
   * and its map has settled, rejects when no answer comes within SET_STATE_TIMEOUT_MS (a request not yet sent is withdrawn).
   */
  setState(partial: Record<string, unknown>): Promise<unknown>;
  on(event: ControllerEvent, cb: (payload: Record<string, unknown>) => void): () => void;
  destroy(): void;
  readonly iframe: HTMLIFrameElement;
}

export function mount(target: Element, options: EmbedOptions, scriptBase: string): Controller {
  const base = new URL(options.base ?? scriptBase, document.baseURI).href;
  const src = embedUrl(base, { ...options, origins: withOrigin(options.origins, location.origin) });
  const origin = new URL(src).origin;
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = options.title ?? '内蒙古基层创新地图 · Inner Mongolia grassroots atlas';
  // 3:2 until the embed reports its height; then its reports rule.
  frame.style.cssText = 'display:block;width:100%;border:0;min-height:240px;aspect-ratio:3/2';
  target.replaceChildren(frame);

  const handlers = new Map<string, Set<(p: Record<string, unknown>) => void>>();
  const pending = new Map<number, { resolve: (state: unknown) => void; reject: (e: Error) => void }>();
  const queue: Record<string, unknown>[] = [];
  let ready = false;
  let nextId = 1;
  let readyMsg: Record<string, unknown> | null = null;
  const send = (m: Record<string, unknown>) => (ready ? frame.contentWindow?.postMessage(m, origin) : queue.push(m));
  const emit = (type: string, p: Record<string, unknown>) => handlers.get(type)?.forEach((cb) => {
    try { cb(p); } catch (e) { console.error('nmg-atlas', type, e); }
  });

  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    const m = parseEmbedMessage(e.data) as Record<string, unknown> | null;
    if (!m) return;
    const type = String(m.type).slice('nmg-atlas:'.length);
    if (m.type === MSG.ready) {
      ready = true;
      readyMsg = m;
      queue.splice(0).forEach(send);
    } else if (m.type === MSG.resize) {
      frame.style.aspectRatio = 'auto';
      frame.style.height = `${m.height}px`;
    } else if (m.type === MSG.statechange && typeof m.requestId === 'number') {
      pending.get(m.requestId)?.resolve(m.state);
      pending.delete(m.requestId);
    }
    emit(type, m);
  };
  addEventListener('message', onMessage);

  return {
    iframe: frame,
    setState(partial) {
      const requestId = nextId++;
      const message = { type: MSG.set, state: partial, requestId };
      return new Promise((resolve, reject) => {
        const settle = <T>(fn: (x: T) => void) => (x: T) => { clearTimeout(timer); pending.delete(requestId); fn(x); };
        const timer = setTimeout(() => {
          const queued = queue.indexOf(message);
          if (queued >= 0) queue.splice(queued, 1);
          pending.get(requestId)?.reject(new Error(`nmg-atlas: no answer to setState within ${SET_STATE_TIMEOUT_MS / 1000} s`));
        }, SET_STATE_TIMEOUT_MS);
        pending.set(requestId, { resolve: settle(resolve), reject: settle(reject) });
        send(message);
      });
    },
    on(event, cb) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(cb);
      // A late `ready` subscriber is told at once.
      if (event === 'ready' && readyMsg) queueMicrotask(() => cb(readyMsg!));
      return () => handlers.get(event)?.delete(cb);
    },
    destroy() {
      removeEventListener('message', onMessage);
      handlers.clear();
      for (const p of [...pending.values()]) p.reject(new Error('nmg-atlas: embed destroyed'));
      queue.length = 0;
      frame.remove();
    },
  };
}
