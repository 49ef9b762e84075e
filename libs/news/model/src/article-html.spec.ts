import { describe, expect, it } from 'vitest';
import { paragraphsToHtml, sanitizeArticleHtml } from './article-html';

describe('sanitizeArticleHtml', () => {
  it('keeps ordinary formatting, figures, quotes and tables', () => {
    const html =
      '<h2>Kết quả</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul><ol><li>Hai</li></ol>' +
      '<blockquote>Trích</blockquote><figure><figcaption>Chú thích</figcaption></figure>' +
      '<table><thead><tr><th>Chỉ tiêu</th></tr></thead><tbody><tr><td>32,4%</td></tr></tbody></table>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('drops scripts, event handlers, styles and frames', () => {
    const clean = sanitizeArticleHtml(
      '<p onclick="steal()">Tin</p><script>alert(1)</script><img src=x onerror="alert(1)"><iframe src="https://x"></iframe><p style="color:red">Màu</p>',
    );
    expect(clean).toBe('<p>Tin</p><p>Màu</p>');
    expect(clean).not.toMatch(/<script|onerror=|onclick=/i);
  });

  it('keeps web and e-mail links only, and cuts the way back from external pages', () => {
    expect(sanitizeArticleHtml('<a href="https://langson.gov.vn">Cổng</a>')).toBe(
      '<a href="https://langson.gov.vn" rel="noopener noreferrer">Cổng</a>',
    );
    expect(sanitizeArticleHtml('<a href="mailto:stttt@langson.gov.vn">Thư</a>')).toBe('<a href="mailto:stttt@langson.gov.vn">Thư</a>');
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">X</a>')).toBe('<a>X</a>');
    expect(sanitizeArticleHtml('<a href="data:text/html,x">X</a>')).toBe('<a>X</a>');
  });
});

describe('paragraphsToHtml', () => {
  it('escapes text into paragraphs', () => {
    expect(paragraphsToHtml(['Sở TT&TT', '<b>không phải thẻ</b>'])).toBe('<p>Sở TT&amp;TT</p>\n<p>&lt;b&gt;không phải thẻ&lt;/b&gt;</p>');
  });
});
