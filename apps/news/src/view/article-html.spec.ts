// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './article-html';

describe('the article body as the page inserts it', () => {
  it('keeps what an editor writes: formatting, links, figures, quotes and tables', () => {
    const html =
      '<h2>Kết quả</h2><p><strong>Đậm</strong> và <em>nghiêng</em>, <a href="/tin-tuc/bai-truoc" title="Bài trước">bài trước</a></p>' +
      '<blockquote>Trích " onmouseover=alert(1) "</blockquote><figure><figcaption>Chú thích</figcaption></figure>' +
      '<table><thead><tr><th scope="col">Chỉ tiêu</th></tr></thead><tbody><tr><td colspan="2">32,4%</td></tr></tbody></table>';
    expect(sanitizeArticleHtml(html)).toBe(html);
    expect(sanitizeArticleHtml('<a href="https://dichvucong.gov.vn" title="Dịch vụ công online=true">Cổng</a>')).toBe(
      '<a href="https://dichvucong.gov.vn" title="Dịch vụ công online=true" rel="noopener noreferrer">Cổng</a>',
    );
  });

  it('drops what a row written around the portal could carry: scripts, handlers, styles, frames, other schemes', () => {
    const clean = sanitizeArticleHtml(
      '<p onclick="steal()">Tin</p><script>alert(1)</script><img src=x onerror="alert(1)"><svg onload="alert(1)"></svg>' +
        '<iframe src="https://x"></iframe><p style="color:red">Màu</p><a href="javascript:alert(1)">X</a><a href="data:text/html,x">Y</a>',
    );
    expect(clean).toBe('<p>Tin</p><p>Màu</p><a>X</a><a>Y</a>');
  });

  it('keeps an attribute only on the elements the policy gives it', () => {
    expect(sanitizeArticleHtml('<p title="t" colspan="2">a</p><td rel="x" colspan="2">b</td>')).toBe('<p>a</p>b');
  });
});
