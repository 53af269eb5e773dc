/** loadNotPlaces: reads the reviewed stop list of names that look like places but are not (organisations, brands, slogans, common words). */
import Papa from 'papaparse';

export interface NotPlace {
  text: string;
  /**
   * `organisation`, `brand`, `slogan`, `column`, `word`, or `outside-word`: an ordinary word that is also the bare name of
   * a city outside the region (朝阳, 日照), which then names that city only when written in full.
   */
  kind: string;
}

export function parseNotPlaces(csv: string): NotPlace[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows
    .map((r) => ({ text: (r.text ?? '').trim(), kind: (r.kind ?? '').trim() || 'word' }))
    .filter((r) => r.text.length >= 2);
}

