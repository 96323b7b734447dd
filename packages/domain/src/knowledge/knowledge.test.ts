import { describe, expect, it } from 'vitest';
import {
  canEditKnowledge,
  canReadKnowledge,
  contentChanged,
  helpedShare,
  KnowledgeContent,
  materialsNotice,
  nextReviewDate,
  nextVersion,
  reviewState,
} from './index.ts';

const content = (over: Partial<KnowledgeContent> = {}): KnowledgeContent =>
  KnowledgeContent.parse({ title: '居住证办理', answer: '持材料到居住地派出所办理', ...over });

describe('versions', () => {
  it('numbers the next version only from the current one', () => {
    expect(nextVersion(3, 3)).toEqual({ ok: true, version: 4 });
    expect(nextVersion(4, 3)).toEqual({ ok: false, reason: 'stale' });
  });

  it('sees a change in any field, not in the order of categories or keywords', () => {
    const a = content({ categoryCodes: ['S12.01', 'S12.02'], keywords: ['居住证', '暂住'] });
    expect(
      contentChanged(a, content({ categoryCodes: ['S12.02', 'S12.01'], keywords: ['暂住', '居住证'] })),
    ).toBe(false);
    expect(contentChanged(a, { ...a, answer: '到派出所办理' })).toBe(true);
    expect(
      contentChanged(content({ materials: [{ name: '身份证', required: true, copies: 1 }] }), {
        ...content(),
        materials: [{ name: '身份证', required: true, copies: 2 }],
      }),
    ).toBe(true);
  });

  it('refuses a materials list with nothing required', () => {
    const r = KnowledgeContent.safeParse({
      title: '某事项',
      answer: '答复内容',
      materials: [{ name: '照片', required: false }],
    });
    expect(r.success).toBe(false);
  });
});

describe('review dates', () => {
  it('flags overdue, due within 30 days, and fine', () => {
    expect(reviewState('2026-12-06', '2026-12-07')).toBe('overdue');
    expect(reviewState('2026-12-07', '2026-12-07')).toBe('due_soon');
    expect(reviewState('2027-01-06', '2026-12-07')).toBe('due_soon');
    expect(reviewState('2027-01-07', '2026-12-07')).toBe('ok');
  });

  it('sets the next review a year on, the last day of a shorter month', () => {
    expect(nextReviewDate('2026-12-07')).toBe('2027-12-07');
    expect(nextReviewDate('2028-02-29')).toBe('2029-02-28');
    expect(nextReviewDate('2026-08-31', 6)).toBe('2027-02-28');
  });
});

describe('who edits', () => {
  const owner = 'unit-rsj';
  it('the owner unit staff and district administrators edit; others read', () => {
    expect(canEditKnowledge({ roles: ['handler'], unitId: owner, scopeLevel: 'district' }, owner)).toBe(true);
    expect(canEditKnowledge({ roles: ['operator'], unitId: 'unit-gov', scopeLevel: 'district' }, owner)).toBe(
      false,
    );
    expect(canEditKnowledge({ roles: ['admin'], unitId: 'unit-gov', scopeLevel: 'district' }, owner)).toBe(
      true,
    );
    expect(canEditKnowledge({ roles: ['admin'], unitId: 'street', scopeLevel: 'street' }, owner)).toBe(false);
    expect(
      canEditKnowledge({ roles: ['security_admin'], unitId: owner, scopeLevel: 'district' }, owner),
    ).toBe(false);
    expect(canReadKnowledge({ roles: ['resident'] })).toBe(false);
    expect(canReadKnowledge({ roles: ['grid_worker'] })).toBe(true);
  });
});

describe('一次性告知 text', () => {
  const materials = [
    { name: '居民身份证', required: true, copies: 1 },
    { name: '房屋租赁合同', required: true, copies: 2 },
    { name: '社保缴纳证明', required: false, copies: 1 },
  ];
  it('lists every material with copies and optional ones marked', () => {
    expect(materialsNotice('居住证办理', materials, 'https://x/p/1')).toBe(
      '【一网】居住证办理 一次性告知，请备齐：1.居民身份证；2.房屋租赁合同2份；3.社保缴纳证明（如有）。详情：https://x/p/1',
    );
  });
  it('cuts a long list between items and points to the page', () => {
    const text = materialsNotice('居住证办理', materials, 'https://x/p/1', 50);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toContain('等共3项');
    expect(text).toMatch(/详情：https:\/\/x\/p\/1$/);
  });
  it('counts the helped share', () => {
    expect(helpedShare(3, 1)).toBe(0.75);
    expect(helpedShare(0, 0)).toBeNull();
  });
});
