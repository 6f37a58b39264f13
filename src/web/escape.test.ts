import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './escape.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x()"', '&quot; onmouseover=&quot;x()&quot;'],
    ["' onfocus='x()'", '&#39; onfocus=&#39;x()&#39;'],
    ['</mark><img src=x onerror=alert(1)>', '&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['`template`', '&#96;template&#96;'],
    ['plain “curly” text', 'plain “curly” text'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('html', () => {
  it('escapes interpolated strings, numbers and arrays, but not nested html', () => {
    const name = '<b>x</b>';
    const inner = html`<i>${name}</i>`;
    const out = html`<p title="${name}">${inner}${[name, 1]}${null}${false}${raw('<br>')}</p>`;
    expect(out.value).toBe(
      '<p title="&lt;b&gt;x&lt;/b&gt;"><i>&lt;b&gt;x&lt;/b&gt;</i>&lt;b&gt;x&lt;/b&gt;1<br></p>',
    );
  });
});
