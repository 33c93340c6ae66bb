import { describe, expect, it } from 'vitest';
import { projectFeatures, type Feature } from './geo';
import { bandFor } from './shade';

const square = (id: string, lon: number, lat: number): Feature<{ id: string }> => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] },
});

describe('projectFeatures', () => {
  it('fits the features into the width, north up, keeping the aspect ratio', () => {
    const { shapes, height } = projectFeatures([square('a', 106, 20.6), square('b', 106.1, 20.6)], 208, 4);
    // Two 0.1° squares side by side at ~20.65°N: 0.2° × cos(lat) wide, 0.1° tall.
    const expectedHeight = Math.ceil((200 / (0.2 * Math.cos((20.65 * Math.PI) / 180))) * 0.1 + 8);
    expect(height).toBe(expectedHeight);
    expect(shapes[0]?.d.startsWith('M4 ')).toBe(true);
    expect(shapes[1]?.d).toContain('204 ');
    expect(shapes[0]!.centre[0]).toBeLessThan(shapes[1]!.centre[0]);
  });

  it('draws every ring of a multipolygon', () => {
    const multi: Feature<null> = {
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: [square('x', 106, 20).geometry.coordinates as never, square('y', 107, 21).geometry.coordinates as never] },
    };
    expect(projectFeatures([multi], 100).shapes[0]?.d.match(/M/g)).toHaveLength(2);
  });
});

describe('simplification', () => {
  it('drops points closer than the minimum step but keeps the shape', () => {
    const dense: Feature<null> = {
      type: 'Feature',
      properties: null,
      geometry: {
        type: 'Polygon',
        coordinates: [[...Array.from({ length: 1000 }, (_, i) => [106 + i * 0.0001, 20.6] as [number, number]), [106.1, 20.7], [106, 20.7], [106, 20.6]]],
      },
    };
    const d = projectFeatures([dense], 200, 4, 1.5).shapes[0]?.d ?? '';
    expect(d.split('L').length).toBeLessThan(200);
    expect(d.startsWith('M')).toBe(true);
  });
});

describe('bandFor', () => {
  it('puts 90% and above in the target band and keeps no data apart from 0%', () => {
    expect(bandFor(0.9).id).toBe('tu-90');
    expect(bandFor(0.899).id).toBe('70-90');
    expect(bandFor(0).id).toBe('duoi-50');
    expect(bandFor(null).id).toBe('khong-du-lieu');
  });
});
