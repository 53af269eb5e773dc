import { describe, expect, it } from 'vitest';
import { isAllowed, MSG, parseEmbedMessage, parseOrigins, parseSetMessage } from './protocol.ts';

describe('parseOrigins', () => {
  it('keeps exact http(s) origins and drops paths, junk and other schemes', () => {
    expect(parseOrigins('https://a.example/path, http://127.0.0.1:5000,javascript:alert(1),nonsense,,file:///x'))
      .toEqual(['https://a.example', 'http://127.0.0.1:5000']);
    expect(parseOrigins(null)).toEqual([]);
  });
});

describe('isAllowed', () => {
  const list = ['https://a.example'];
  it('matches exact origins only', () => {
    expect(isAllowed('https://a.example', list)).toBe(true);
    expect(isAllowed('https://a.example.evil.com', list)).toBe(false);
    expect(isAllowed('http://a.example', list)).toBe(false);
    expect(isAllowed('null', ['null'])).toBe(false);
    expect(isAllowed(undefined, list)).toBe(false);
  });
});

describe('parseSetMessage', () => {
  it('accepts a set message and copies its state', () => {
    const m = parseSetMessage({ type: MSG.set, state: { region: '152200000000' }, requestId: 3 });
    expect(m).toEqual({ type: MSG.set, state: { region: '152200000000' }, requestId: 3 });
  });
  it('returns null for malformed input without throwing', () => {
    const hostile = { get type() { throw new Error('boom'); } };
    for (const bad of [null, undefined, 1, 'nmg-atlas:set', [], {}, { type: MSG.set }, { type: MSG.set, state: [] },
      { type: MSG.set, state: {}, requestId: 'x' }, { type: 'other', state: {} }, hostile]) {
      expect(parseSetMessage(bad)).toBeNull();
    }
  });
});

describe('parseEmbedMessage', () => {
  it('recognises the four embed messages', () => {
    expect(parseEmbedMessage({ type: MSG.resize, height: 300 })?.type).toBe(MSG.resize);
    expect(parseEmbedMessage({ type: MSG.select, place: 'c1', region: null })?.type).toBe(MSG.select);
    expect(parseEmbedMessage({ type: MSG.ready, state: {} })?.type).toBe(MSG.ready);
    expect(parseEmbedMessage({ type: MSG.statechange, state: {} })?.type).toBe(MSG.statechange);
  });
  it('rejects wrong shapes', () => {
    for (const bad of [{ type: MSG.resize, height: -1 }, { type: MSG.resize, height: NaN }, { type: MSG.select, place: 3 },
      { type: MSG.ready }, { type: MSG.set, state: {} }, 'x', null]) {
      expect(parseEmbedMessage(bad)).toBeNull();
    }
  });
});
