import { describe, expect, it } from 'vitest';
import type { NmgAtlasApi } from '../app/api.ts';
import { connectBridge } from './bridge.ts';

/** A fake frame window with a parent that records what it is sent. */
function setup(origins: string[], drawn = () => true) {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const self = { addEventListener: (_t: string, fn: (e: MessageEvent) => void) => listeners.push(fn), removeEventListener: () => {} } as unknown as Window;
  const sent: { msg: unknown; origin: string }[] = [];
  const parent = { postMessage: (msg: unknown, origin: string) => sent.push({ msg, origin }) } as unknown as Window;
  const calls: unknown[] = [];
  const events = new Map<string, (p: unknown) => void>();
  const api = {
    setState: async (p: unknown) => { calls.push(p); return { region: 'x' }; },
    getState: () => ({ region: 'applied' }),
    on: (e: string, cb: (p: unknown) => void) => { events.set(e, cb); return () => {}; },
  } as unknown as NmgAtlasApi;
  const bridge = connectBridge({ api, origins, self, parent, drawn });
  const deliver = (data: unknown, origin: string, source: unknown = parent) => listeners.forEach((fn) => fn({ data, origin, source } as MessageEvent));
  return { sent, calls, events, deliver, parent, bridge };
}

describe('connectBridge', () => {
  it('obeys set messages from an allowed parent and replies to it only', async () => {
    const t = setup(['http://host.example']);
    t.deliver({ type: 'nmg-atlas:set', state: { region: '152200000000' }, requestId: 2 }, 'http://host.example');
    await new Promise((r) => setTimeout(r, 0));
    expect(t.calls).toEqual([{ region: '152200000000' }]);
    expect(t.sent).toEqual([{ msg: { type: 'nmg-atlas:statechange', state: { region: 'x' }, requestId: 2 }, origin: 'http://host.example' }]);
  });
  it('ignores other origins, other sources and malformed data without throwing', async () => {
    const t = setup(['http://host.example']);
    t.deliver({ type: 'nmg-atlas:set', state: { region: '152200000000' } }, 'http://evil.example');
    t.deliver({ type: 'nmg-atlas:set', state: { region: '152200000000' } }, 'http://host.example', {});
    for (const bad of [null, 42, 'x', { type: 'nmg-atlas:set' }, { get type() { throw new Error('x'); } }]) t.deliver(bad, 'http://host.example');
    await new Promise((r) => setTimeout(r, 0));
    expect(t.calls).toEqual([]);
    expect(t.sent).toEqual([]);
  });
  it('forwards select events to every allowed origin', () => {
    const t = setup(['http://a.example', 'http://b.example']);
    t.events.get('select')!({ place: 'c1', region: null });
    expect(t.sent.map((s) => s.origin)).toEqual(['http://a.example', 'http://b.example']);
    expect(t.sent[0].msg).toEqual({ type: 'nmg-atlas:select', place: 'c1', region: null });
  });
  it('posts resizes to any parent, so a responsive frame needs no origins, but nothing else', () => {
    const t = setup([]);
    t.bridge.post({ type: 'nmg-atlas:resize', height: 300 });
    t.events.get('select')!({ place: 'c1', region: null });
    expect(t.sent).toEqual([{ msg: { type: 'nmg-atlas:resize', height: 300 }, origin: '*' }]);
  });
  it('answers a set at once with the applied state when the frame is not drawn (its map cannot settle)', async () => {
    const t = setup(['http://host.example'], () => false);
    t.deliver({ type: 'nmg-atlas:set', state: { region: '152200000000' }, requestId: 3 }, 'http://host.example');
    await new Promise((r) => setTimeout(r, 0));
    expect(t.calls).toEqual([{ region: '152200000000' }]);
    expect(t.sent).toEqual([{ msg: { type: 'nmg-atlas:statechange', state: { region: 'applied' }, requestId: 3 }, origin: 'http://host.example' }]);
  });
});
