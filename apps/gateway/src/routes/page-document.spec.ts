import { describe, expect, it } from 'vitest';
import { pageDocument, type PageDocumentParts } from './page-document';

// The shape of the shell's built index.html (HtmlRspackPlugin writes it minified like this).
const template = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="description" content="Cổng thông tin điện tử Sở Thông tin và Truyền thông tỉnh Lạng Sơn"><title>Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title><script defer src="/main.0123456789abcdef.js"></script></head><body><div id="root"></div><noscript><p>Cổng thông tin cần JavaScript.</p></noscript></body></html>`;

const parts = (overrides: Partial<PageDocumentParts> = {}): PageDocumentParts => ({
  template,
  language: 'vi',
  title: 'Tin tức — Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  head: { title: 'Tin tức', description: 'Tin bài của Sở.' },
  origin: 'https://stttt.langson.gov.vn',
  url: '/tin-tuc?trang=2',
  html: '<main><h1>Tin tức</h1></main>',
  state: { id: 'portal-state', json: '{"renderedRemote":"news"}' },
  siteName: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  ...overrides,
});

const metaContent = (html: string, attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('pageDocument', () => {
  it("puts the render, then the state, in #root's place, and drops the notice that JavaScript is needed", () => {
    const html = pageDocument(parts());
    expect(html).toContain('<div id="root"><main><h1>Tin tức</h1></main></div>\n    <script type="application/json" id="portal-state">{"renderedRemote":"news"}</script>');
    expect(html).not.toContain('noscript');
    expect(html).toContain('<script defer src="/main.0123456789abcdef.js"></script>');
  });

  it("lists for the shell's starter the files its scripts will ask for, escaped as data, and no list when there are none", () => {
    const html = pageDocument(parts({ afterPaint: [{ href: '/remotes/news/mf-manifest.json', as: 'fetch' }, { href: '/remotes/news/</script>.js', as: 'script' }] }));
    const list = /<script type="application\/json" id="start-preloads">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(list ?? 'null')).toEqual([
      { href: '/remotes/news/mf-manifest.json', as: 'fetch' },
      { href: '/remotes/news/</script>.js', as: 'script' },
    ]);
    expect(html.indexOf('id="start-preloads"')).toBeGreaterThan(html.indexOf('id="portal-state"'));
    expect(pageDocument(parts())).not.toContain('start-preloads');
    expect(pageDocument(parts({ afterPaint: [] }))).not.toContain('start-preloads');
  });

  it("links the remote's style sheets in the head, so its markup is styled before any script runs", () => {
    const html = pageDocument(parts({ stylesheets: ['/remotes/news/__federation_expose_Remote.0a1b.css', 'https://news.example/a"b.css'] }));
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" href="/remotes/news/__federation_expose_Remote.0a1b.css">');
    expect(head).toContain('<link rel="stylesheet" href="https://news.example/a&quot;b.css">');
    expect(pageDocument(parts())).not.toContain('rel="stylesheet"');
  });

  it("gives the page its language, title and description, and canonical and language-alternate links that keep the query", () => {
    const html = pageDocument(parts({ language: 'en', title: 'News — Lang Son Department of Information and Communications', head: { title: 'News', description: 'Articles of the department.' } }));
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('<title>News — Lang Son Department of Information and Communications</title>');
    expect(metaContent(html, 'name', 'description')).toBe('Articles of the department.');
    expect(html).toContain('<link rel="canonical" href="https://stttt.langson.gov.vn/tin-tuc?trang=2&amp;lang=en">');
    expect(html).toContain('<link rel="alternate" hreflang="vi" href="https://stttt.langson.gov.vn/tin-tuc?trang=2&amp;lang=vi">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://stttt.langson.gov.vn/tin-tuc?trang=2&amp;lang=vi">');
    expect(metaContent(html, 'property', 'og:locale')).toBe('en_GB');
  });

  it('escapes stored text in every tag, and no JSON-LD string can close its script', () => {
    const hostile = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const html = pageDocument(parts({ title: `${hostile} — Sở`, head: { title: hostile, description: hostile, article: { publishedTime: '2020-06-30T08:54:00.000Z' } } }));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt; — Sở</title>');
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({ '@type': 'NewsArticle', headline: hostile, datePublished: '2020-06-30T08:54:00.000Z' });
  });

  it("describes an article for link previews: its type, its time, its summary", () => {
    const html = pageDocument(parts({ head: { title: 'Hội nghị sơ kết', description: 'Ngày 26/6/2020…', article: { publishedTime: '2020-06-30T08:54:00.000Z' } } }));
    expect(metaContent(html, 'property', 'og:type')).toBe('article');
    expect(metaContent(html, 'property', 'og:title')).toBe('Hội nghị sơ kết');
    expect(metaContent(html, 'property', 'og:description')).toBe('Ngày 26/6/2020…');
    expect(metaContent(html, 'property', 'article:published_time')).toBe('2020-06-30T08:54:00.000Z');
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary');
  });

  it("keeps the template's description when the page gives none, and has no JSON-LD outside articles", () => {
    const html = pageDocument(parts({ head: undefined, title: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn' }));
    expect(metaContent(html, 'name', 'description')).toBe('Cổng thông tin điện tử Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(metaContent(html, 'property', 'og:type')).toBe('website');
    expect(html).not.toContain('ld+json');
  });

  it('refuses a template without the root element it fills', () => {
    expect(() => pageDocument(parts({ template: template.replace('<div id="root"></div>', '<div id="app"></div>') }))).toThrow('<div id="root"></div>');
  });
});
