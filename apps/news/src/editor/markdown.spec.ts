// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from './markdown';

describe('the Markdown of the body', () => {
  it('becomes paragraphs, emphasis, headings, lists and links', () => {
    const html = markdownToSafeHtml('## Kết quả\n\nSở đã cấp **03** giấy phép, _66_ bản tin.\n\n- một\n- hai\n\n[Cổng](https://dichvucong.gov.vn)');
    expect(html).toContain('<h2>Kết quả</h2>');
    expect(html).toContain('<p>Sở đã cấp <strong>03</strong> giấy phép, <em>66</em> bản tin.</p>');
    expect(html).toContain('<li>một</li>');
    expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer">Cổng</a>');
  });

  it('keeps the HTML of a stored article as it is', () => {
    expect(markdownToSafeHtml('<p>Ngày 26/6/2020, Sở TT&amp;TT.</p>\n<p>Đoạn hai.</p>')).toBe('<p>Ngày 26/6/2020, Sở TT&amp;TT.</p>\n<p>Đoạn hai.</p>');
  });

  it('drops scripts, event handlers, styles and javascript: links', () => {
    const html = markdownToSafeHtml('<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<p style="color:red" onclick="x()">a</p>\n\n[b](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|onclick|style=|javascript:/i);
    expect(html).toContain('>a</p>');
  });
});
