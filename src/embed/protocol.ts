/**
 * The postMessage protocol between an embedded atlas and its host page: message shapes, the origin allow-list,
 * and a tolerant parser (anything malformed is null, never an exception).
 */
import type { AtlasState } from '../app/types.ts';

export const MSG = {
  ready: 'nmg-atlas:ready',
  select: 'nmg-atlas:select',
  statechange: 'nmg-atlas:statechange',
  resize: 'nmg-atlas:resize',
  set: 'nmg-atlas:set',
} as const;

/** Messages the embed sends to its host. */
export type EmbedMessage =
  | { type: typeof MSG.ready; state: AtlasState }
  | { type: typeof MSG.select; place: string | null; region: string | null }
  | { type: typeof MSG.statechange; state: AtlasState; requestId?: number }
  | { type: typeof MSG.resize; height: number };

/** The one message a host sends: a partial state (checked again by the app's sanitizePartial) and an optional id echoed back. */
export interface SetMessage {
  type: typeof MSG.set;
  state: Record<string, unknown>;
  requestId?: number;
}

/** Exact origins (`scheme://host[:port]`) from a comma-separated list; anything that is not an http(s) origin is dropped. */
export function parseOrigins(list: string | null | undefined): string[] {
  if (!list) return [];
  const out = new Set<string>();
  for (const raw of list.split(',')) {
    try {
      const u = new URL(raw.trim());
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(u.origin);
    } catch { /* not a URL: ignored */ }
  }
  return [...out];
}

export function isAllowed(origin: unknown, allowed: readonly string[]): boolean {
  return typeof origin === 'string' && origin !== 'null' && allowed.includes(origin);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A host's `set` message, or null for anything else (wrong type, missing state, bad id). */
export function parseSetMessage(data: unknown): SetMessage | null {
  try {
    if (!isObject(data) || data.type !== MSG.set || !isObject(data.state)) return null;
    const id = data.requestId;
    if (id !== undefined && !(typeof id === 'number' && Number.isSafeInteger(id))) return null;
    return { type: MSG.set, state: { ...data.state }, ...(id === undefined ? {} : { requestId: id }) };
  } catch {
    return null; // a hostile object (throwing getter, proxy) is just not a message
  }
}

/** An embed's message as the host sees it, or null when it is not one of ours or is malformed. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  try {
    if (!isObject(data) || typeof data.type !== 'string') return null;
    switch (data.type) {
      case MSG.ready:
      case MSG.statechange:
        return isObject(data.state) ? (data as unknown as EmbedMessage) : null;
      case MSG.select:
        return ok(data.place) && ok(data.region) ? (data as unknown as EmbedMessage) : null;
      case MSG.resize:
        return typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0 ? (data as unknown as EmbedMessage) : null;
      default:
        return null;
    }
  } catch {
    return null;
  }
}

const ok = (v: unknown) => v === null || v === undefined || typeof v === 'string';
