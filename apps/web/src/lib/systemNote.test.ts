import { describe, expect, it } from 'vitest';
import { dictionaries, format, type MessageKey } from '../i18n/parts.ts';
import type { Translate } from '../i18n/index.tsx';
import { systemNote } from './systemNote.ts';

const tr =
  (lang: 'zh-CN' | 'en-US'): Translate =>
  (key: MessageKey, params?: Record<string, string | number>) =>
    format(dictionaries[lang][key], params);

describe('system notes of the case and whistle timelines', () => {
  it('renders a whistle note in the reader’s language: kind as a word, due in Beijing time, units as a list', () => {
    const e = {
      noteKey: 'whistle_open',
      noteParams: { kind: 'emergency', units: '甲单位\n乙单位', due: '2026-12-06T02:30:00Z' },
    };
    expect(systemNote(e, tr('zh-CN'))).toBe(
      '应急处置：吹哨召集 甲单位、乙单位，2026-12-06 10:30:00 前到场报到',
    );
    expect(systemNote(e, tr('en-US'))).toBe(
      'Emergency: summoned 甲单位, 乙单位 to report in on site before 2026-12-06 10:30:00',
    );
  });

  it('appends what a person added, and leaves unknown keys to the stored text', () => {
    const late = {
      noteKey: 'whistle_report_in_late',
      noteParams: { unit: '水务', name: '王', remark: '堵车' },
    };
    expect(systemNote(late, tr('zh-CN'))).toBe('水务 王 迟到报到：堵车');
    expect(systemNote(late, tr('en-US'))).toBe('王 (水务) reported in late: 堵车');
    expect(systemNote({ noteKey: 'no_such_note' }, tr('en-US'))).toBeNull();
    expect(systemNote({}, tr('en-US'))).toBeNull();
  });

  it('shows a deadline note’s code as a word', () => {
    const e = { noteKey: 'deadline_overdue', noteParams: { what: 'resolve', due: '2026-12-06T02:30:00Z' } };
    expect(systemNote(e, tr('en-US'))).toBe('Past the resolution deadline (2026-12-06 10:30:00)');
  });
});
