import { describe, expect, it } from 'vitest';
import {
  canEraseContact,
  categoryPublishes,
  coarseAddress,
  coarsenCoordinate,
  contactRetentionDaysFrom,
  deidentify,
  maskName,
  noteVisibilityFor,
  publicView,
  residentNote,
  whyNotPublic,
  type PublicCaseFacts,
} from './index.ts';

/** Hostile texts: each must come out without the secret it carries (as digits, whatever the writing). */
const HOSTILE: [label: string, text: string, secret: string][] = [
  ['plain mobile', '联系电话13912345678', '12345678'],
  ['full-width mobile', '电话１３９１２３４５６７８谢谢', '12345678'],
  ['dotted mobile', '打139.1234.5678找我', '12345678'],
  ['spaced mobile', '手机 139 1234 5678', '12345678'],
  ['dashed mobile', '138-0013-8000', '00138000'],
  ['+86 mobile', '+86 139 1234 5678', '12345678'],
  ['0086 mobile', '0086-13912345678', '12345678'],
  ['Chinese numerals', '电话一三九一二三四五六七八', '12345678'],
  ['ideographic space', '１３９\u3000１２３４\u3000５６７８', '12345678'],
  ['bracketed landline', '（010）6123 4567', '6123'],
  ['landline', '座机010-61234567', '6123'],
  ['4-digit area landline', '0571-87654321', '8765'],
  ['landline without area', '家里电话 61234567', '6123'],
  ['ID number', '身份证110101199003071234', '19900307'],
  ['ID with X', '身份证号11010119900307123X', '19900307'],
  ['spaced ID', '110101 19900307 123x', '19900307'],
  ['full-width ID', '１１０１０１１９９００３０７１２３Ｘ', '19900307'],
  ['bank card', '卡号6222021234567890123', '02123456789'],
  ['spaced bank card', '6222 0212 3456 7890', '02123456'],
  ['QQ number', 'QQ 123456789', '12345'],
];

const digits = (s: string) => s.replace(/\D/g, '');

describe('deidentify', () => {
  it.each(HOSTILE)('%s: the secret digits are gone', (_label, text, secret) => {
    const out = deidentify(text);
    expect(digits(out)).not.toContain(secret);
    expect(out).toContain('*');
  });

  it('masks mobiles as 3 + 4, IDs as region + last 4, landlines as area + last 4', () => {
    expect(deidentify('请联系我 13800001111')).toBe('请联系我 138****1111');
    expect(deidentify('身份证 110101199003071234')).toBe('身份证 110101********1234');
    expect(deidentify('座机 010-61234567')).toBe('座机 010-****4567');
    expect(deidentify('+86 139 1234 5678 谢谢')).toBe('139****5678 谢谢');
  });

  it('masks e-mails, plates (fuel and new-energy) and the reporter’s name', () => {
    const out = deidentify('我是王小明，邮箱 wang.xm@example.com，车牌京A12345和京AD12345，京A·88888', {
      names: ['王小明'],
    });
    expect(out).not.toContain('王小明');
    expect(out).toContain('王**');
    expect(out).not.toContain('wang.xm');
    expect(out).not.toContain('example.com');
    expect(out).not.toMatch(/京A·?\d/);
    expect(out).not.toContain('D12345');
  });

  it('masks house numbers in text but keeps dates, times, counts and case numbers', () => {
    expect(deidentify('我家住滨河路12号3单元501室楼下')).toBe('我家住滨河路**号*单元***室楼下');
    const kept = '2026-12-06 10:30 起有 3 个垃圾桶满了，12月5号开始，编号 2026120600000001';
    expect(deidentify(kept)).toBe(kept);
  });

  it('a seeded generator of phones and IDs in random writings never leaks the middle digits', () => {
    let seed = 20261206;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const fw = (d: string) => String.fromCharCode(0xff10 + Number(d));
    const cn = (d: string) => '零一二三四五六七八九'[Number(d)]!;
    const seps = ['', ' ', '-', '.', '\u3000', ' - '];
    for (let i = 0; i < 2000; i++) {
      const isId = rand(2) === 0;
      const body = isId
        ? `110${String(100 + rand(900))}19${String(50 + rand(50))}0${1 + rand(9)}1${rand(10)}${String(100 + rand(900))}${rand(10)}`
        : `1${3 + rand(7)}${String(rand(10))}${String(1000 + rand(9000))}${String(1000 + rand(9000))}`;
      const writing = rand(3);
      const sep = seps[rand(seps.length)]!;
      const written = [...body]
        .map((d, j) => {
          const ch = writing === 0 ? d : writing === 1 ? fw(d) : isId ? d : cn(d);
          return j > 0 && j % 4 === 0 ? sep + ch : ch;
        })
        .join('');
      const text = `${rand(2) ? '+86 ' : ''}前缀${written}后缀`.replace(/^\+86 前缀/, '前缀');
      const out = deidentify(text);
      const middle = isId ? body.slice(6, 14) : body.slice(3, 7);
      expect(digits(out), `${text} → ${out}`).not.toContain(middle);
    }
  });
});

describe('coarseAddress and coordinates', () => {
  it.each([
    ['XX路12号3单元501', 'XX路'],
    ['滨河路 12 号门前', '滨河路'],
    ['幸福里小区3号楼2单元', '幸福里小区'],
    ['幸福里小区东门口', '幸福里小区'],
    ['滨河路与新华大街交叉口', '滨河路与新华大街交叉口'],
    ['１２号院', null],
  ])('%s → %s', (address, expected) => {
    expect(coarseAddress(address)).toBe(expected);
  });

  it('snaps coordinates to the centre of a 0.001° cell (about 100 m)', () => {
    expect(coarsenCoordinate(116.40437)).toBe(116.4045);
    expect(coarsenCoordinate(39.91234)).toBe(39.9125);
    expect(Math.abs(coarsenCoordinate(116.4) - 116.4)).toBeLessThan(0.001);
  });
});

const facts = (over: Partial<PublicCaseFacts> = {}): PublicCaseFacts => ({
  publicId: 'a'.repeat(32),
  status: 'in_progress',
  requestType: 'help',
  description: '路灯不亮，我是赵大海，电话13912345678',
  outcome: null,
  address: '滨河路12号3单元501',
  lon: 116.40437,
  lat: 39.91234,
  createdAt: new Date('2026-12-01T00:00:00Z'),
  updatedAt: new Date('2026-12-01T00:00:00Z'),
  closedAt: null,
  keepPrivate: false,
  hidden: false,
  reporterName: '赵大海',
  ...over,
});
const PUBLIC = { public: true, facility: false };

describe('publicView', () => {
  it('publishes a public category de-identified, the place cut and coarsened', () => {
    const v = publicView(facts(), PUBLIC)!;
    expect(v.description).toBe('路灯不亮，我是赵**，电话139****5678');
    expect(v.address).toBe('滨河路');
    expect(v.lon).toBe(116.4045);
    expect(v.lat).toBe(39.9125);
    expect(v.coarse).toBe(true);
    expect(JSON.stringify(v)).not.toContain('赵大海');
  });

  it('keeps the exact point of a fixed facility', () => {
    const v = publicView(facts(), { public: true, facility: true })!;
    expect(v.lon).toBe(116.40437);
    expect(v.coarse).toBe(false);
  });

  it.each([
    ['category not public', facts(), { public: false, facility: false }, 'category_not_public'],
    ['no category', facts(), null, 'category_not_public'],
    ['举报', facts({ requestType: 'report' }), PUBLIC, 'request_type'],
    [
      'complaint naming a person',
      facts({ requestType: 'complaint', description: '物业的李师傅态度恶劣' }),
      PUBLIC,
      'about_a_person',
    ],
    ['reporter asked', facts({ keepPrivate: true }), PUBLIC, 'reporter_asked'],
    ['hidden by staff', facts({ hidden: true }), PUBLIC, 'hidden_by_staff'],
    ['void', facts({ status: 'void' }), PUBLIC, 'void_or_merged'],
  ] as const)('%s → null', (_label, c, category, why) => {
    expect(whyNotPublic(c, category)).toBe(why);
    expect(publicView(c, category)).toBeNull();
  });

  it('a complaint about a thing in a public category is published', () => {
    expect(
      publicView(facts({ requestType: 'complaint', description: '路灯坏了一周没人修' }), PUBLIC),
    ).not.toBeNull();
  });

  it('the report form is told whether a category publishes', () => {
    expect(categoryPublishes(PUBLIC, 'help')).toBe(true);
    expect(categoryPublishes(PUBLIC, 'report')).toBe(false);
    expect(categoryPublishes({ public: false, facility: false }, 'help')).toBe(false);
  });
});

describe('resident side', () => {
  it('staff notes are internal unless written for the resident; resident notes are de-identified', () => {
    expect(noteVisibilityFor('progress')).toBe('internal');
    expect(noteVisibilityFor('progress', true)).toBe('public');
    expect(noteVisibilityFor('report')).toBe('public');
    expect(noteVisibilityFor('void')).toBe('internal');
    expect(residentNote('已联系邻居王五 13912345678', 'internal')).toBeNull();
    expect(residentNote('已处理，联系人 13912345678，身份证 110101199003071234', 'public')).toBe(
      '已处理，联系人 139****5678，身份证 110101********1234',
    );
  });

  it('masks the resident’s own contact data for display', () => {
    expect(maskName('赵大海')).toBe('赵**');
  });

  it('retention defaults to three years and refuses nonsense', () => {
    expect(contactRetentionDaysFrom(undefined)).toBe(1095);
    expect(contactRetentionDaysFrom('abc')).toBe(1095);
    expect(contactRetentionDaysFrom(5)).toBe(1095);
    expect(contactRetentionDaysFrom(365)).toBe(365);
    expect(canEraseContact('closed')).toBe(true);
    expect(canEraseContact('in_progress')).toBe(false);
  });
});
