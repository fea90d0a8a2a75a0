// Turns the Natural Earth country outlines of world-atlas into the two map frames of the site, written as small JSON
// resources under src/main/resources/maps: for each country crossing the frame, its rings clipped to the frame,
// simplified and rounded, as flat lists of longitudes and latitudes. Projecting them (and the campuses and partners)
// is the site's work: fr.uphf.site.maps.Projection, one projection for the outlines and for the points.
//
// Run from this folder: npm ci && npm run build (see README.md).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const OUTPUT = new URL('../../src/main/resources/maps/', import.meta.url);

/**
 * The frames, in degrees. The tolerance is how far (in degrees of latitude) a simplified outline may stray from
 * Natural Earth's; the decimals are those kept of each coordinate. Both are about one unit of the drawing's 360.
 */
const FRAMES = [
  { name: 'europe', atlas: 'countries-50m.json', west: -11, east: 31, south: 34.5, north: 66, tolerance: 0.1, decimals: 2 },
  { name: 'hauts-de-france', atlas: 'countries-10m.json', west: 2.95, east: 4.25, south: 49.98, north: 50.62, tolerance: 0.0015, decimals: 3 },
];

/** Sutherland–Hodgman: the part of a ring inside one side of the frame (the frame is convex, the ring need not be). */
function clipSide(ring, inside, cross) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  return out;
}

function atLongitude(lon) {
  return (a, b) => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
}

function atLatitude(lat) {
  return (a, b) => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
}

/** The ring cut to the frame: straight in longitude and latitude, as the site's projection keeps them. */
function clip(ring, frame) {
  // A ring that runs to 180° E and on from 180° W (Russia's) has its western longitudes taken past 180° E, so that no
  // edge of it crosses the frame from one side of the globe to the other.
  const wraps = ring.some(([lon]) => lon > 170) && ring.some(([lon]) => lon < -170);
  let points = ring.slice(0, -1).map(([lon, lat]) => [wraps && lon < 0 ? lon + 360 : lon, lat]);
  points = clipSide(points, (p) => p[0] >= frame.west, atLongitude(frame.west));
  points = clipSide(points, (p) => p[0] <= frame.east, atLongitude(frame.east));
  points = clipSide(points, (p) => p[1] >= frame.south, atLatitude(frame.south));
  points = clipSide(points, (p) => p[1] <= frame.north, atLatitude(frame.north));
  return points;
}

/** Douglas–Peucker, longitudes shrunk by the cosine of the frame's middle latitude, as on the drawing. */
function simplify(points, tolerance, shrink) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = [points[first][0] * shrink, points[first][1]];
    const [bx, by] = [points[last][0] * shrink, points[last][1]];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = [points[i][0] * shrink, points[i][1]];
      const d = length === 0 ? Math.hypot(px - ax, py - ay)
        : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function area(points, shrink) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [a, b] = [points[i], points[(i + 1) % points.length]];
    sum += a[0] * shrink * b[1] - b[0] * shrink * a[1];
  }
  return Math.abs(sum) / 2;
}

function round(value, decimals) {
  return Number(value.toFixed(decimals));
}

function convert(frame) {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${frame.atlas}`), 'utf8'));
  const shrink = Math.cos((((frame.south + frame.north) / 2) * Math.PI) / 180);
  const countries = [];
  for (const country of feature(topology, topology.objects.countries).features) {
    if (!country.geometry) continue;
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const rings = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const clipped = clip(ring, frame);
        if (clipped.length < 3) continue;
        const simple = simplify([...clipped, clipped[0]], frame.tolerance, shrink).slice(0, -1)
          .map(([lon, lat]) => [round(lon, frame.decimals), round(lat, frame.decimals)])
          .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
        if (simple.length >= 3 && area(simple, shrink) > frame.tolerance * frame.tolerance * 4) {
          rings.push(simple.flat());
        }
      }
    }
    if (rings.length) countries.push({ name: country.properties.name, rings });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name));
  const output = {
    source: `Natural Earth ${frame.atlas.replace('countries-', '1:').replace('.json', '')} Admin 0 countries, `
      + 'public domain, via world-atlas 2.0.2; tools/maps/convert.mjs',
    west: frame.west, east: frame.east, south: frame.south, north: frame.north,
    countries,
  };
  const text = JSON.stringify(output);
  writeFileSync(new URL(`${frame.name}.json`, OUTPUT), text + '\n');
  const points = countries.reduce((sum, c) => sum + c.rings.reduce((s, r) => s + r.length / 2, 0), 0);
  console.log(`${frame.name}.json: ${countries.length} countries, ${points} points, ${text.length + 1} bytes`);
}

FRAMES.forEach(convert);
