/** The list's downloads: generated text saved as a file through a temporary object URL and link; nothing leaves the browser. */
import type { AtlasData } from '../types.ts';
import type { Visible } from '../filter.ts';
import { CSV_COLUMNS, csvRows, geojsonSubset } from './exportRows.ts';

/** File names of the downloads. */
export const LIST_FILES = { csv: 'nmg-atlas-initiatives.csv', geojson: 'nmg-atlas-places.geojson' };

/** Byte-order mark so that spreadsheet programs read UTF-8 Chinese correctly. */
export const UTF8_BOM = '\ufeff';

export function downloadText(filename: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fetches the details an export needs; throws naming the files that failed, so the list can say so. */
async function detailsFor(data: AtlasData, ids: readonly string[]): Promise<void> {
  const problems = await data.details.load(ids);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The given initiatives as CSV, in the given order (papaparse loads only when a CSV is first asked for). */
export async function downloadCsv(data: AtlasData, ids: string[]): Promise<void> {
  const [{ default: Papa }] = await Promise.all([import('papaparse'), detailsFor(data, ids)]);
  const csv = Papa.unparse(csvRows(data, ids), { columns: [...CSV_COLUMNS] });
  downloadText(LIST_FILES.csv, UTF8_BOM + csv, 'text/csv');
}

/** The visible places, with their visible initiatives, as GeoJSON. */
export async function downloadGeojson(data: AtlasData, visible: Visible): Promise<void> {
  await detailsFor(data, visible.initiatives);
  downloadText(LIST_FILES.geojson, JSON.stringify(geojsonSubset(data, visible), null, 1), 'application/geo+json');
}
