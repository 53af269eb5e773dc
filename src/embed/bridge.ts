/**
 * The embed's side of the protocol: forwards the atlas's events to the host page and obeys `set` messages,
 * but only for origins on the allow-list (messages from anyone else are ignored, and nothing is sent to them).
 */
import type { NmgAtlasApi } from '../app/api.ts';
import { isAllowed, MSG, parseSetMessage, type EmbedMessage } from './protocol.ts';

export interface BridgeDeps {
  api: NmgAtlasApi;
  origins: readonly string[];
  /** The frame's window and its parent (the host page). */
  self: Window;
  parent: Window;
  /** Whether the frame is drawn (on screen, page visible); default always. */
  drawn?: () => boolean;
}

export function connectBridge({ api, origins, self, parent, drawn = () => true }: BridgeDeps): { post: (m: EmbedMessage) => void; stop: () => void } {
  const framed = parent !== self;
  // postMessage with an exact target origin: the browser drops it unless the parent really is that origin.
  const post = (m: EmbedMessage) => {
    if (!framed) return;
    // A height is all a resize says, and the page holding the frame sees its layout anyway: it may go to any parent,
    // so a responsive frame works without `origins`. What the reader chose (select, statechange) stays allow-listed.
    if (m.type === MSG.resize) {
      try { parent.postMessage(m, '*'); } catch { /* a detached parent */ }
      return;
    }
    for (const o of origins) {
      try { parent.postMessage(m, o); } catch { /* a detached parent: nothing to tell */ }
    }
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || !isAllowed(e.origin, origins)) return;
    const msg = parseSetMessage(e.data);
    if (!msg) return;
    // A frame off screen (or in a background tab) draws nothing, so its map cannot settle: it answers once the state is applied.
    const applied = api.setState(msg.state);
    let reply = applied;
    if (!drawn()) {
      applied.catch(() => {});
      reply = Promise.resolve(api.getState());
    }
    reply.then(
      (state) => post({ type: MSG.statechange, state, ...(msg.requestId === undefined ? {} : { requestId: msg.requestId }) }),
      (err) => console.error('nmg-atlas:set', err),
    );
  };
  self.addEventListener('message', onMessage);
  const offs = [
    api.on('select', (p) => {
      const s = p as { place?: string | null; region?: string | null };
      post({ type: MSG.select, place: s.place ?? null, region: s.region ?? null });
    }),
    api.on('statechange', (s) => post({ type: MSG.statechange, state: s as ReturnType<NmgAtlasApi['getState']> })),
  ];
  return { post, stop: () => { self.removeEventListener('message', onMessage); offs.forEach((off) => off()); } };
}
