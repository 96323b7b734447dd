import { describe, expect, it } from 'vitest';
import { dictionaries, MESSAGE_PARTS, messageProblems } from './parts.ts';

describe('the web messages, in parts', () => {
  it('define each key once, in both languages', () => {
    expect(messageProblems(MESSAGE_PARTS)).toEqual([]);
    expect(Object.keys(dictionaries['en-US']).sort()).toEqual(Object.keys(dictionaries['zh-CN']).sort());
  });

  it('name a key defined in two parts, and a key one language lacks', () => {
    const problems = messageProblems([
      { name: 'a', 'zh-CN': { 'x.one': '一', 'x.two': '二' }, 'en-US': { 'x.one': 'one', 'x.two': 'two' } },
      {
        name: 'b',
        'zh-CN': { 'x.two': '二', 'y.three': '三' },
        'en-US': { 'x.two': 'two', 'y.four': 'four' },
      },
    ]);
    expect(problems).toEqual([
      '"x.two" is defined in both a and b',
      '"y.three" of b has no en-US text',
      '"y.four" of b has no zh-CN text',
    ]);
  });
});
