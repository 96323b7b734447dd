import { describe, expect, it } from 'vitest';
import { ethnicityName } from './ethnicity.ts';

describe('ethnicityName', () => {
  it('names a GB/T 3304 code in the reader language (the person page showed "01")', () => {
    expect(ethnicityName('01', 'zh-CN')).toBe('汉族');
    expect(ethnicityName('11', 'zh-CN')).toBe('满族');
    expect(ethnicityName('11', 'en-US')).toBe('Manchu');
  });
  it('shows typed text as it is, and nothing as a dash', () => {
    expect(ethnicityName('汉族', 'zh-CN')).toBe('汉族');
    expect(ethnicityName(null, 'en-US')).toBe('—');
  });
});
