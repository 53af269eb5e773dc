/** prepareDoc: the text stage on one file — decode the bytes, normalise, repair the layout, keep the map back. */
import type { FileReport } from '../../contract/index.ts';
import type { Doc, SourceFile } from '../types.ts';
import { decodeBytes } from './decodeBytes.ts';
import { normaliseText } from './normaliseText.ts';
import { repairLayout } from './repairLayout.ts';

/** Decodes and cleans one file; a file that cannot be decoded comes back with status `skipped` and the reason. */
export function prepareDoc(source: SourceFile): { doc?: Doc; report: FileReport } {
  const bytes = source.bytes.length;
  const decoded = decodeBytes(source.bytes);
  if (!decoded.ok) return { report: { file: source.file, status: 'skipped', bytes, message: decoded.reason } };
  const clean = repairLayout(normaliseText(decoded.text));
  const doc: Doc = { file: source.file, encoding: decoded.encoding, text: decoded.text, clean: clean.text, map: clean.map };
  const message = decoded.text.trim() === '' ? 'empty file' : undefined;
  return { doc, report: { file: source.file, status: 'ok', encoding: decoded.encoding, bytes, ...(message ? { message } : {}) } };
}
