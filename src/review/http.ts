/**
 * The review server's guards: requests must come for 127.0.0.1:<port> (a page on another site that rebinds a name to
 * this machine is refused), API calls must carry the run's secret, bodies must be JSON and small.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from './requests.ts';

export class HttpError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

/** Headers every response carries: no caching, no sniffing, no referrer (the page's address holds the secret). */
export const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function checkHost(req: IncomingMessage, port: number): void {
  if (req.headers.host !== `127.0.0.1:${port}`) throw new HttpError(403, 'wrong host: open the address the review server printed');
}

export function checkToken(req: IncomingMessage, secret: string): void {
  const given = Buffer.from(String(req.headers['x-review-token'] ?? ''));
  const want = Buffer.from(secret);
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw new HttpError(403, 'missing or wrong x-review-token');
}

/** The JSON body, at most MAX_BODY_BYTES; anything larger is refused before it is all read. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'content-type must be application/json');
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new HttpError(413, `body larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}
