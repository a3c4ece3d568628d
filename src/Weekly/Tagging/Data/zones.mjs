// Names of places that are no GB/T 2260 division, for generate-regions.mjs: the national-level new areas and the best-known
// pilot zones (as extra variants of the division they are in), and the cities and districts of Hong Kong, Macao and Taiwan
// (as variants of the SAR or province: GB/T 2260 lists only 810000, 820000 and 710000, no level below them, and the gold
// labels of the newsletter tag such stories with the province alone, e.g. "Taipei: ..." is Taiwan).
//
// Sources: the 19 national-level new areas (国家级新区) as approved by the State Council, 1992-2017 (the NDRC's list;
// Wikipedia "New areas of China"); the zones news names bare (Hengqin and Qianhai, the Guangdong-Macao and Shenzhen-Hong Kong
// cooperation zones of 2021 and 2023; Nansha; Zhongguancun; Zhangjiang; Lingang, the Shanghai Pilot FTZ's new area).
// A zone spanning two prefectures goes to its province (Xixian: Xi'an and Xianyang), one inside a prefecture to that city,
// one that is a district to the district.

/** Zone names by the code of the division they are tagged to. */
export const ZONES = {
  // National-level new areas (Pudong and Binhai are districts: their names are already variants).
  '130000': ["Xiong'an New Area", "Xiong'an", 'Xiongan New Area', 'Xiongan', '雄安新区', '雄安'], // Hebei: Xiongxian, Rongcheng, Anxin (Baoding), run by the province
  '500000': ['Liangjiang New Area', 'Liangjiang New District'], // Chongqing: parts of Jiangbei, Yubei, Beibei
  '330900': ['Zhoushan Archipelago New Area', 'Zhoushan Islands New Area'], // Zhoushan
  '620100': ['Lanzhou New Area', 'Lanzhou New District'], // Lanzhou
  '440115': ['Nansha New Area', 'Nansha New District'], // Guangzhou's Nansha District
  '610000': ['Xixian New Area', 'Xixian New District'], // Shaanxi: Xi'an and Xianyang
  '520000': ["Gui'an New Area", "Gui'an New District", "Gui'an", 'Guian New Area'], // Guizhou: Guiyang and Anshun
  '370211': ['West Coast New Area', 'Qingdao West Coast New Area', 'Xihai\'an New Area'], // Qingdao's Huangdao District
  '210200': ['Jinpu New Area', 'Jinpu New District'], // Dalian
  '510000': ['Tianfu New Area', 'Tianfu New District'], // Sichuan: Chengdu and Meishan
  '430100': ['Xiangjiang New Area', 'Xiangjiang New District'], // Changsha
  '320100': ['Jiangbei New Area', 'Nanjing Jiangbei New Area'], // Nanjing (not Jiangbei District of Chongqing or Ningbo)
  '350100': ['Fuzhou New Area', 'Fuzhou New District'], // Fuzhou, Fujian
  '530100': ['Dianzhong New Area', 'Dianzhong New District'], // Kunming
  '230100': ['Harbin New Area', 'Harbin New District'], // Harbin
  '220100': ['Changchun New Area', 'Changchun New District'], // Changchun
  '360000': ['Ganjiang New Area', 'Ganjiang New District'], // Jiangxi: Nanchang and Jiujiang
  // Pilot zones news names bare.
  '440400': ['Hengqin', 'Hengqin New Area', 'Hengqin Island'], // Zhuhai (Guangdong-Macao In-Depth Cooperation Zone)
  '440300': ['Qianhai', 'Qianhai Cooperation Zone', 'Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone'], // Shenzhen
  '310000': ['Lingang New Area', 'Lingang Special Area'], // Shanghai (bare "Lingang", near the port, names zones in many cities)
  '110108': ['Zhongguancun'], // Beijing's Haidian District
  '310115': ['Zhangjiang Science City', 'Zhangjiang Hi-Tech Park', 'Zhangjiang High-Tech Park'], // Shanghai's Pudong
  '320500': ['Suzhou Industrial Park'], // Suzhou, Jiangsu
};

/** Districts whose bare name means the zone, not a namesake, with no city named (Nansha: not the Nansha Islands). */
export const BARE_ZONE_NAMES = new Set(['440115']);

/**
 * Cities and districts of Hong Kong, Macao and Taiwan, by the code of the SAR or province. Only names with no namesake in
 * the mainland's divisions (not Taoyuan: a county of Changde; not Yilan: a county of Harbin; not Kinmen: GB/T 2260 lists
 * it under Quanzhou).
 */
export const SAR_AND_TAIWAN_PLACES = {
  '710000': ['Taipei', 'Taipei City', 'New Taipei', 'New Taipei City', 'Taichung', 'Tainan', 'Kaohsiung', 'Hsinchu', 'Keelung',
    'Chiayi', 'Hualien', 'Taitung', 'Pingtung', 'Penghu'],
  '810000': ['Kowloon', 'New Territories', 'Hong Kong Island', 'Tsim Sha Tsui', 'Wan Chai', 'Causeway Bay', 'Sha Tin',
    'Tsuen Wan', 'Kwun Tong', 'Lantau', 'Cyberport'],
  '820000': ['Taipa', 'Cotai', 'Coloane'],
};

export const zoneNotes = [
  'Zones that are no division (the 19 national-level new areas, Hengqin, Qianhai, Nansha, Zhongguancun, ...) are variants of the division they are in (zones.mjs).',
  'Cities and districts of Hong Kong, Macao and Taiwan (Kowloon, Taipa, Taipei, ...) are variants of the SAR or province: GB/T 2260 has no level below them.',
];
