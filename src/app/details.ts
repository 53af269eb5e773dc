/**
 * The initiatives' details (summary, figures, people, source span), fetched per chunk file on demand, checked against
 * the contract and kept: the one place the app reads `initiative-details/`. Callers ask `get(id)` synchronously and,
 * when it is missing, `load(ids)` and re-render on `subscribe`; a chunk that failed stays failed with its reason.
 */
import { detailsFile, entriesByChunk, joinInitiative, validateInitiativeDetails, type IndexedInitiative, type Initiative, type InitiativeDetails } from '../contract/index.ts';

/** Fetches one chunk file's JSON by chunk name (throws with a message on failure). */
export type ChunkSource = (name: string) => Promise<unknown>;

/** Chunk files fetched over HTTP from the data folder at `base`: details files, or those `fileOf` names (mentions.ts). */
export function httpChunkSource(base: string, fileOf: (chunk: string) => string = detailsFile): ChunkSource {
  return async (chunk) => {
    const res = await fetch(base + fileOf(chunk));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
}

export interface Details {
  /** The full record once its chunk is in, else undefined. */
  get(id: string): Initiative | undefined;
  /** Why the record's details could not be had (file and problem), once its chunk failed. */
  problem(id: string): string | undefined;
  /** Fetches the chunks of `ids` not yet asked for; resolves (never rejects) with the problems of any that failed. */
  load(ids: Iterable<string>): Promise<string[]>;
  loadAll(): Promise<string[]>;
  /** True when every chunk is in or has failed: what a text query needs to be final. */
  settled(): boolean;
  /** Changes each time a batch of chunks arrives, for memo keys. */
  version(): number;
  /** Called once per finished `load`/`loadAll` that brought something new. */
  subscribe(fn: () => void): () => void;
}

/** `inHand`: details files already read (chunk name → records), for tools and tests that hold the records; taken as they are. */
export function createDetails(index: { chunks: string[]; initiatives: IndexedInitiative[] }, source: ChunkSource, placeIds?: Set<string>,
  inHand?: Map<string, InitiativeDetails[]>): Details {
  // Built on first use, like the groups below: the page's start does not wait for a map of every id.
  let byId: Map<string, IndexedInitiative> | null = null;
  const entryOf = (id: string) => (byId ??= new Map(index.initiatives.map((e) => [e.id, e]))).get(id);
  let entriesOf: IndexedInitiative[][] | null = null;
  // Grouped on first use: a page that never opens a panel never walks the index for it.
  const chunkEntries = (n: number) => (entriesOf ??= entriesByChunk(index))[n];
  const records = new Map<string, Initiative>();
  const failed = new Map<number, string>();
  const pending = new Map<number, Promise<void>>();
  const done = new Set<number>();
  const listeners = new Set<() => void>();
  let version = 0;

  const keep = (n: number, data: InitiativeDetails[]) => {
    const entries = chunkEntries(n);
    data.forEach((d, i) => records.set(entries[i].id, joinInitiative(entries[i], d)));
  };
  const fetchChunk = (n: number): Promise<void> => {
    let p = pending.get(n);
    if (!p) {
      const file = detailsFile(index.chunks[n]);
      p = source(index.chunks[n]).then((data) => {
        const problems = validateInitiativeDetails(data, chunkEntries(n), placeIds);
        if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
        keep(n, data as InitiativeDetails[]);
      }).catch((e: unknown) => { failed.set(n, `${file}: ${e instanceof Error ? e.message : String(e)}`); })
        .finally(() => done.add(n));
      pending.set(n, p);
    }
    return p;
  };

  const loadChunks = async (chunks: Set<number>): Promise<string[]> => {
    const fresh = [...chunks].filter((n) => !pending.has(n));
    await Promise.all([...chunks].map(fetchChunk));
    if (fresh.length) { version++; for (const fn of [...listeners]) fn(); }
    return [...chunks].flatMap((n) => (failed.has(n) ? [failed.get(n)!] : []));
  };

  index.chunks.forEach((name, n) => {
    const data = inHand?.get(name);
    if (data) { keep(n, data); done.add(n); pending.set(n, Promise.resolve()); }
  });

  return {
    get: (id) => records.get(id),
    problem: (id) => { const e = entryOf(id); return e ? failed.get(e.chunk) : undefined; },
    load(ids) {
      const chunks = new Set<number>();
      for (const id of ids) { const e = entryOf(id); if (e) chunks.add(e.chunk); }
      return loadChunks(chunks);
    },
    loadAll: () => loadChunks(new Set(index.chunks.keys())),
    settled: () => done.size === index.chunks.length,
    version: () => version,
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
}
