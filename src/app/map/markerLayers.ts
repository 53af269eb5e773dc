/**
 * The filters and expressions of the marker, cluster, mention, label and count layers for a set of shown
 * categories, in one place so the style and a category toggle (`showCategories`) set the same ones.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { CategoryId } from '../../contract/index.ts';
import { countExpression, donutImageExpression, mentionExpression } from './categoryExpressions.ts';
import { radiusExpression } from '../scale.ts';

export function markerLayerExpressions(shown: readonly CategoryId[]) {
  const n = countExpression(shown);
  const cluster = ['has', 'point_count'];
  const place = ['!', cluster];
  const counted = ['>', n, 0];
  const mentioned = ['all', place, ['==', n, 0], ['>', mentionExpression(shown), 0]];
  return {
    image: donutImageExpression(shown),
    clusterFilter: ['all', cluster, counted],
    markerFilter: ['all', place, counted],
    doubtfulFilter: ['all', place, ['any', counted, mentioned], ['==', ['get', 'doubtful'], true]],
    doubtfulRadius: ['case', counted, ['+', radiusExpression(n), 3], 6.5],
    mentionFilter: mentioned,
    labelFilter: ['all', place, ['any', counted, mentioned], ['!=', ['get', 'label'], '']],
    // A cluster always shows its number; a place only when it stands for more than one initiative.
    countFilter: ['any', ['all', cluster, counted], ['all', place, ['>', n, 1]]],
    countText: ['to-string', n],
    selectedRadius: ['case', counted, ['+', radiusExpression(n), 4], 7],
    labelOffset: ['case', counted, ['+', 0.3, ['/', radiusExpression(n), 11]], 0.6],
  };
}

/** Redraws markers and clusters for `shown` without touching the source data or its cluster index. */
export function showCategories(map: MlMap, shown: readonly CategoryId[]): void {
  const m = markerLayerExpressions(shown);
  for (const id of ['clusters', 'markers']) map.setLayoutProperty(id, 'icon-image', m.image as never);
  map.setFilter('clusters', m.clusterFilter as never);
  map.setFilter('markers', m.markerFilter as never);
  map.setFilter('marker-doubtful', m.doubtfulFilter as never);
  map.setPaintProperty('marker-doubtful', 'circle-radius', m.doubtfulRadius as never);
  map.setFilter('mentions', m.mentionFilter as never);
  map.setFilter('place-labels', m.labelFilter as never);
  map.setFilter('cluster-count', m.countFilter as never);
  map.setLayoutProperty('cluster-count', 'text-field', m.countText as never);
  map.setLayoutProperty('place-labels', 'text-radial-offset', m.labelOffset as never);
  map.setPaintProperty('marker-selected', 'circle-radius', m.selectedRadius as never);
}
