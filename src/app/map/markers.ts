/**
 * The marker layer's data: one point per visible place, sized by its visible initiatives and coloured by
 * their main category; approximate points (placed at a coarser unit than the place's own) and doubtful matches are flagged.
 */
import { levelDepth, type Initiative, type PlaceProperties, type Precision } from '../../contract/index.ts';
import { categoryColour } from '../palette.ts';
import { mainCategory } from '../filter.ts';
import { markerRadius } from '../scale.ts';
import type { AtlasData } from '../types.ts';


/** True when the point stands at a coarser unit than the place itself (a gacha drawn at its township). */
export function isApproximate(p: PlaceProperties): boolean {
  return p.precision !== 'exact' && levelDepth(p.precision) < levelDepth(p.level);
}

export interface MarkerProps {
  id: string;
  label: string;
  n: number;
  colour: string;
  r: number;
  approx: boolean;
  precision: Precision;
  /** The place was matched only by a doubtful rule (see PlaceProperties.doubtful). */
  doubtful: boolean;
}

/** Marker features for the visible place and initiative ids. */
export function markerFeatures(data: AtlasData, visiblePlaces: string[], visibleInitiatives: string[],
  label: (p: PlaceProperties) => string): GeoJSON.FeatureCollection<GeoJSON.Point, MarkerProps> {
  const its = new Map<string, Initiative>();
  const shown = new Set(visibleInitiatives);
  for (const it of data.initiatives) if (shown.has(it.id)) its.set(it.id, it);
  const wanted = new Set(visiblePlaces);
  const feats = data.places.features.filter((f) => wanted.has(f.properties.id));
  const counts = feats.map((f) => f.properties.initiatives.filter((id) => its.has(id)).length);
  const radius = markerRadius(Math.max(1, ...counts));
  return {
    type: 'FeatureCollection',
    features: feats.map((f, i) => {
      const p = f.properties;
      const cat = mainCategory(p.initiatives.map((id) => its.get(id)).filter((x): x is Initiative => x !== undefined));
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: { id: p.id, label: label(p), n: counts[i], colour: cat ? categoryColour(cat) : '#777777', r: radius(counts[i]),
          approx: isApproximate(p), precision: p.precision, doubtful: p.doubtful === true },
      };
    }),
  };
}
