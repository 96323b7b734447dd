import type { Rng } from '../random.ts';

/**
 * Synthetic Chinese names: surnames drawn by their frequency (the most common ~100, shares in per mille after the
 * 2020 census order: 王 李 张 刘 陈 …, plus a few compound surnames), given names of one or two characters from
 * gendered pools. Any resemblance to a real person is chance.
 */
const SURNAMES: [string, number][] = [
  ['王', 74],
  ['李', 72],
  ['张', 69],
  ['刘', 54],
  ['陈', 46],
  ['杨', 31],
  ['黄', 23],
  ['赵', 23],
  ['吴', 20],
  ['周', 20],
  ['徐', 15],
  ['孙', 15],
  ['马', 14],
  ['朱', 13],
  ['胡', 12],
  ['郭', 12],
  ['何', 11],
  ['林', 10],
  ['高', 10],
  ['罗', 9],
  ['郑', 9],
  ['梁', 8],
  ['谢', 7],
  ['宋', 7],
  ['唐', 7],
  ['许', 6],
  ['韩', 6],
  ['邓', 6],
  ['冯', 6],
  ['曹', 6],
  ['彭', 5],
  ['曾', 5],
  ['肖', 5],
  ['田', 5],
  ['董', 5],
  ['潘', 5],
  ['袁', 5],
  ['蔡', 4],
  ['蒋', 4],
  ['余', 4],
  ['于', 4],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['魏', 4],
  ['苏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['卢', 3],
  ['姚', 3],
  ['沈', 3],
  ['钟', 3],
  ['姜', 3],
  ['崔', 3],
  ['谭', 3],
  ['陆', 3],
  ['范', 3],
  ['汪', 3],
  ['廖', 3],
  ['石', 3],
  ['金', 3],
  ['韦', 3],
  ['贾', 3],
  ['夏', 3],
  ['付', 3],
  ['方', 3],
  ['邹', 2],
  ['熊', 2],
  ['白', 2],
  ['孟', 2],
  ['秦', 2],
  ['邱', 2],
  ['侯', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['闫', 2],
  ['段', 2],
  ['雷', 2],
  ['龙', 2],
  ['黎', 2],
  ['史', 2],
  ['陶', 2],
  ['贺', 2],
  ['毛', 2],
  ['郝', 2],
  ['顾', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['覃', 1],
  ['武', 2],
  ['钱', 2],
  ['戴', 2],
  ['严', 2],
  ['莫', 1],
  ['孔', 1],
  ['向', 1],
  ['常', 2],
  ['牛', 1],
  ['齐', 1],
  ['岳', 1],
  ['单', 1],
  ['耿', 1],
  ['齐', 1],
  ['庞', 1],
  ['霍', 1],
  ['欧阳', 0.3],
  ['司马', 0.1],
  ['诸葛', 0.05],
  ['上官', 0.05],
  ['东方', 0.05],
  ['皇甫', 0.05],
];

const MALE = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋松毅峰建国志文海东亮成林军振兴德福永',
];
const FEMALE = [
  ...'芳娜敏静丽艳娟霞秀英华慧巧美淑惠珠翠雅芝玉萍红玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑶怡婷琪欣悦',
];
const MODERN = [...'子梓涵宇轩浩然睿博一诺欣怡可馨雨彤思语紫萱佳琪晨阳泽俊皓嘉乐安'];

function cumulative(entries: [string, number][]): { names: string[]; cum: number[] } {
  const names: string[] = [];
  const cum: number[] = [];
  let total = 0;
  for (const [n, w] of entries) {
    total += w;
    names.push(n);
    cum.push(total);
  }
  return { names, cum: cum.map((c) => c / total) };
}
const SURNAME_TABLE = cumulative(SURNAMES);

export function pickSurname(rng: Rng): string {
  const r = rng();
  const { names, cum } = SURNAME_TABLE;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return names[lo]!;
}

/** A given name for someone born in `year`: younger people more often two characters and modern ones. */
export function givenName(rng: Rng, gender: 'male' | 'female', year: number): string {
  const pool = gender === 'male' ? MALE : FEMALE;
  const modern = year >= 1995 && rng() < 0.6;
  const pick = (p: string[]) => p[Math.floor(rng() * p.length)]!;
  const two = rng() < (year >= 1980 ? 0.8 : 0.6);
  if (!two) return pick(pool);
  return modern ? pick(MODERN) + pick(rng() < 0.5 ? MODERN : pool) : pick(pool) + pick(pool);
}

/** 张伟 → 张*, 欧阳娜娜 → 欧阳**: the surname stays, each given-name character becomes *. */
export function maskName(surname: string, given: string): string {
  return surname + '*'.repeat([...given].length);
}
