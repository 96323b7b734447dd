import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatPercent,
  formatScore,
  isMaskedPhone,
  percentOf,
  phoneText,
} from './format.ts';

describe('numbers', () => {
  it('counts carry thousands separators in the console’s language, whatever the browser’s', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(undefined)).toBe('—');
    expect(formatCount(null)).toBe('—');
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('scores keep their decimals, and a change shows its size without the sign or a "-0"', () => {
    expect(formatScore(87.456)).toBe('87.46');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(4.25, 1)).toBe('4.3');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(-0.001)).toBe('0.00');
    expect(formatChange(-1.5)).toBe('1.50');
    expect(formatChange(2.345)).toBe('2.35');
  });

  it('ratios read as percentages, and progress never leaves 0–100', () => {
    expect(formatPercent(0.875)).toBe('87.5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(5, 4)).toBe(100);
    expect(percentOf(Number.NaN, 4)).toBe(0);
  });
});

describe('phones', () => {
  it('shows the masked number the server sent until it is revealed; none is a dash', () => {
    expect(phoneText('139****8721')).toBe('139****8721');
    expect(phoneText('139****8721', null)).toBe('139****8721');
    expect(phoneText('139****8721', '13912348721')).toBe('13912348721');
    expect(phoneText(null)).toBe('—');
    expect(phoneText('')).toBe('—');
    expect(isMaskedPhone('139****8721')).toBe(true);
    expect(isMaskedPhone('010-****7046')).toBe(true);
    expect(isMaskedPhone('13912348721')).toBe(false);
    expect(isMaskedPhone(null)).toBe(false);
  });
});
