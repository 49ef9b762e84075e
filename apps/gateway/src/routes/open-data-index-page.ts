import { OPEN_DATA_LICENCE } from './open-dataset';

/** One dataset as the index lists it. */
export interface OpenDataIndexEntry {
  id: string;
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  licence: typeof OPEN_DATA_LICENCE;
  formats: Array<{ format: 'csv' | 'json'; mediaType: string; href: string }>;
  dictionary: string;
  columns: number;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);

/**
 * The open-data index as a page for people: Vietnamese first, English beside it (marked
 * `lang="en"` for screen readers), every dataset with its description, licence, formats and
 * dictionary, under the portal's name and a path back to its home page. No script and no outside
 * resources.
 */
export function renderOpenDataIndexPage(entries: readonly OpenDataIndexEntry[]): string {
  const items = entries
    .map(
      (entry) => `
    <section aria-labelledby="ds-${escape(entry.id)}">
      <h2 id="ds-${escape(entry.id)}">${escape(entry.titleVi)} <small lang="en">(${escape(entry.titleEn)})</small></h2>
      <p>${escape(entry.descriptionVi)}</p>
      <p lang="en">${escape(entry.descriptionEn)}</p>
      <dl>
        <dt>Giấy phép sử dụng <span lang="en">(licence of use)</span></dt>
        <dd><a href="${escape(entry.licence.url)}" rel="license">${escape(entry.licence.nameVi)}</a> <span lang="en">(${escape(entry.licence.nameEn)})</span></dd>
        <dt>Định dạng <span lang="en">(formats)</span></dt>
        <dd>${entry.formats.map((f) => `<a href="${escape(f.href)}" download>${escape(f.format.toUpperCase())}</a>`).join(' · ')}</dd>
        <dt>Từ điển dữ liệu <span lang="en">(data dictionary)</span></dt>
        <dd><a href="${escape(entry.dictionary)}">${escape(entry.columns)} cột <span lang="en">(${escape(entry.columns)} columns)</span></a></dd>
      </dl>
    </section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dữ liệu mở — Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title>
</head>
<body>
  <header>
    <p><a href="/">Sở Thông tin và Truyền thông tỉnh Lạng Sơn</a></p>
    <nav aria-label="Vị trí trang">
      <a href="/">Trang chủ <span lang="en">(Home)</span></a> › <span aria-current="page">Dữ liệu mở</span>
    </nav>
  </header>
  <main>
    <h1>Dữ liệu mở <small lang="en">(Open data)</small></h1>
    <p>Sở Thông tin và Truyền thông tỉnh Lạng Sơn công bố các bộ dữ liệu dưới đây ở định dạng CSV (UTF-8) và JSON, kèm từ điển dữ liệu. ${escape(OPEN_DATA_LICENCE.attributionVi)}.</p>
    <p lang="en">The Lạng Sơn Department of Information and Communications publishes the datasets below as CSV (UTF-8) and JSON, each with a data dictionary. ${escape(OPEN_DATA_LICENCE.attributionEn)}.</p>
${items}
  </main>
</body>
</html>
`;
}
