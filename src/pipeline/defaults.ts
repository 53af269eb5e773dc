/** Defaults of the geoparser pipeline, in one documented object so code, tests and docs agree. */
export const PIPELINE_DEFAULTS = {
  /** A line shorter than this is a headline or label, never half of a sentence broken by a column. */
  minBrokenLine: 20,
  /** Name characters allowed before a unit suffix in a pattern match (…村, …嘎查); fewer is a word, more is a phrase. */
  patternMinStem: 2,
  patternMaxStem: 6,
  /** Named areas (…生态移民示范区, …高新技术产业开发区) have longer names. */
  patternMaxAreaStem: 12,
  /** Mentions resolved with less confidence than this are listed in report.json as low-confidence. */
  lowConfidence: 0.7,
  /** Characters of context on each side when a sentence boundary is not found nearby. */
  contextChars: 60,
} as const;
