/** Test helper: evaluates a MapLibre expression for one feature's properties, as the renderer would. */
import { expression } from '@maplibre/maplibre-gl-style-spec';

export function evalExpression(e: unknown, properties: Record<string, unknown>, zoom = 5): unknown {
  const parsed = expression.createExpression(e, 'test');
  if (parsed.result !== 'success') throw new Error(parsed.value.map((x) => x.message).join('; '));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never);
}
