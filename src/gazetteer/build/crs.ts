/** Conversions between WGS-84 (our points) and GCJ-02 (the AMap-derived boundary shapes), via gcoord. */
import gcoord from 'gcoord';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function gcjToWgs(p: [number, number]): [number, number] {
  const [lon, lat] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round(lon), round(lat)];
}

export function wgsToGcj(p: [number, number]): [number, number] {
  const [lon, lat] = gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [round(lon), round(lat)];
}
