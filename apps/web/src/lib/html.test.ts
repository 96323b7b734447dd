import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHtml } from './html.ts';

const HOSTILE = `<img src=x onerror="window.__xss=1"><b class='injected'>X</b> & co`;

describe('escapeHtml', () => {
  it('turns every character that could open markup or an attribute into an entity', () => {
    expect(escapeHtml(HOSTILE)).toBe(
      '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;&lt;b class=&#39;injected&#39;&gt;X&lt;/b&gt; &amp; co',
    );
    expect(escapeHtml('滨河街道 第3网格')).toBe('滨河街道 第3网格');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('safeHtml', () => {
  it('escapes values, keeps the literal markup and nested html as they are', () => {
    const count = safeHtml`<br/>件数 <b>${3}</b>`;
    expect(safeHtml`<b>${HOSTILE}</b>${count}`.markup).toBe(
      `<b>${escapeHtml(HOSTILE)}</b><br/>件数 <b>3</b>`,
    );
    expect(String(safeHtml`${'<i>'}`)).toBe('&lt;i&gt;');
  });
});
