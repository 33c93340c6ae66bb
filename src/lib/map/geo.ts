/**
 * GeoJSON polygons to SVG paths at build time. An equirectangular projection
 * scaled by the cosine of the mid latitude is accurate to well under a pixel
 * for an area the size of a province.
 */
type Position = [number, number];
type Ring = Position[];

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}

export interface Feature<P> {
  type: 'Feature';
  properties: P;
  geometry: Geometry;
}

export interface ProjectedShape<P> {
  properties: P;
  /** SVG path data. */
  d: string;
  /** Label anchor: the centre of the shape's largest ring's bounding box. */
  centre: [number, number];
}

function polygons(geometry: Geometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
}

/**
 * Projects every feature into a box `width` wide, keeping the aspect ratio;
 * returns paths and the height. Points closer than `minStep` pixels to the
 * last kept point are dropped, which keeps a province map a few kilobytes.
 */
export function projectFeatures<P>(
  features: readonly Feature<P>[],
  width: number,
  padding = 4,
  minStep = 2,
): { shapes: ProjectedShape<P>[]; width: number; height: number } {
  const all = features.flatMap((feature) => polygons(feature.geometry).flat(2));
  if (all.length === 0) return { shapes: [], width, height: 0 };
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * kx;
  const spanY = maxLat - minLat;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.ceil(spanY * scale + 2 * padding);
  const project = ([lon, lat]: Position): [number, number] => [
    Math.round((lon - minLon) * kx * scale + padding),
    Math.round((maxLat - lat) * scale + padding),
  ];
  const shapes = features.map((feature) => {
    const rings = polygons(feature.geometry).flat();
    const d = rings
      .map((ring) => {
        const points: [number, number][] = [];
        for (const point of ring.map(project)) {
          const last = points.at(-1);
          if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= minStep) points.push(point);
        }
        return points.length < 3 ? '' : `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
      })
      .join('');
    const largest = rings.reduce((best, ring) => (ring.length > best.length ? ring : best), rings[0] ?? []);
    const projected = largest.map(project);
    const xs = projected.map((p) => p[0]);
    const ys = projected.map((p) => p[1]);
    const centre: [number, number] = [Math.round((Math.min(...xs) + Math.max(...xs)) / 2), Math.round((Math.min(...ys) + Math.max(...ys)) / 2)];
    return { properties: feature.properties, d, centre };
  });
  return { shapes, width, height };
}
