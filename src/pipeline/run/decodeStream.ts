/**
 * decodeStream: an archive file as a stream of text, decoded the way decodeBytes decodes a .txt file (UTF-8 with or
 * without BOM, UTF-16 with BOM, else GB18030), chosen from the first 64 KB so that the file is never held whole.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';

const SNIFF_BYTES = 64 * 1024;

/** The encoding of a file from its first bytes. */
export function sniffEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // stream: true, so a character cut at the end of the sample is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The file's text in chunks (BOM dropped) and the encoding it was read as. */
export function decodeStream(path: string): { encoding: string; text: Readable } {
  const head = new Uint8Array(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, SNIFF_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const encoding = sniffEncoding(head.subarray(0, n));
  async function* chunks() {
    const dec = new TextDecoder(encoding);
    for await (const buf of createReadStream(path)) yield dec.decode(buf as Buffer, { stream: true });
    const rest = dec.decode();
    if (rest) yield rest;
  }
  return { encoding, text: Readable.from(chunks()) };
}
