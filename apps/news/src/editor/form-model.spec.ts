import { describe, expect, it } from 'vitest';
import { contentInput, emptyDraft, fieldIdOfError, isConflict, validateDraft, type ArticleDraft } from './form-model';
import { applyMarkdown } from './markdown-toolbar';

const filled = (extra: Partial<ArticleDraft> = {}): ArticleDraft => ({
  ...emptyDraft('Nguyễn Như Trang'),
  title: 'Hội nghị sơ kết',
  body: 'Ngày 26/6/2020, Sở tổ chức hội nghị.',
  authorUnitCode: 'trung-tam-cntt-tt',
  ...extra,
});

describe('the article form', () => {
  it('lists every missing field of an empty form, in the order of the form', () => {
    const problems = validateDraft(emptyDraft(), { changeNoteRequired: false }).map((error) => [error.fieldId, error.problem]);
    expect(problems).toEqual([
      ['news-title', 'titleMissing'],
      ['news-body', 'bodyMissing'],
      ['news-author-name', 'authorNameMissing'],
      ['news-author-unit', 'authorUnitMissing'],
    ]);
  });

  it('checks the period, each figure and, once published, the change note', () => {
    const draft = filled({ reportsPeriod: '2020-H3', figures: [{ fileName: 'anh 1.jpg', caption: ' ' }], changeNote: '' });
    expect(validateDraft(draft, { changeNoteRequired: true })).toEqual([
      { fieldId: 'news-reports-period', problem: 'periodInvalid' },
      { fieldId: 'news-figure-0-file', problem: 'figureFileInvalid', figure: 1 },
      { fieldId: 'news-figure-0-caption', problem: 'figureCaptionMissing', figure: 1 },
      { fieldId: 'news-change-note', problem: 'changeNoteMissing' },
    ]);
    expect(validateDraft(filled({ reportsPeriod: '2020-H1' }), { changeNoteRequired: false })).toEqual([]);
  });

  it('sends trimmed fields, topics one per line and figures numbered in order', () => {
    const input = contentInput(
      filled({ summary: '  ', topics: 'phí thẩm định\n\n trạm truyền thanh ', figures: [{ fileName: 'b.jpg', caption: 'Ảnh B' }, { fileName: 'a.jpg', caption: 'Ảnh A' }] }),
      '<p>x</p>',
    );
    expect(input).toMatchObject({
      summary: null,
      bodyHtml: '<p>x</p>',
      topics: ['phí thẩm định', 'trạm truyền thanh'],
      eventDate: null,
      reportsPeriod: null,
      images: [
        { fileName: 'b.jpg', captionVi: 'Ảnh B', position: 1 },
        { fileName: 'a.jpg', captionVi: 'Ảnh A', position: 2 },
      ],
    });
  });

  it("puts the API's refusals beside their fields", () => {
    expect(fieldIdOfError({ field: ['input', 'title'] })).toBe('news-title');
    expect(fieldIdOfError({ field: ['input', 'images', '1', 'captionVi'] })).toBe('news-figure-1-caption');
    expect(fieldIdOfError({ field: ['input', 'images', '0', 'fileName'] })).toBe('news-figure-0-file');
    expect(fieldIdOfError({ field: ['input', 'changeNote'] })).toBe('news-change-note');
    expect(fieldIdOfError({ field: ['input', 'somethingNew'] })).toBe('news-title');
    expect(isConflict([{ code: 'VALIDATION' }, { code: 'CONFLICT' }])).toBe(true);
    expect(isConflict([{ code: 'VALIDATION' }])).toBe(false);
  });
});

describe('the Markdown toolbar', () => {
  it('wraps the selection in bold, or a placeholder selected for typing over', () => {
    expect(applyMarkdown({ value: 'Hội nghị sơ kết', start: 0, end: 8 }, 'bold', 'chữ')).toEqual({ value: '**Hội nghị** sơ kết', start: 2, end: 10 });
    expect(applyMarkdown({ value: 'ab', start: 1, end: 1 }, 'italic', 'chữ')).toEqual({ value: 'a_chữ_b', start: 2, end: 5 });
  });

  it('marks each selected line as a list item or a heading, once', () => {
    const text = 'Một\nHai\nBa';
    expect(applyMarkdown({ value: text, start: 1, end: 6 }, 'list', 'x').value).toBe('- Một\n- Hai\nBa');
    expect(applyMarkdown({ value: '- Một', start: 0, end: 5 }, 'list', 'x').value).toBe('- Một');
    expect(applyMarkdown({ value: 'Kết quả', start: 3, end: 3 }, 'heading', 'x').value).toBe('## Kết quả');
  });

  it('makes a link of the selection with its address selected', () => {
    const result = applyMarkdown({ value: 'Xem Cổng dịch vụ công', start: 4, end: 21 }, 'link', 'x');
    expect(result.value).toBe('Xem [Cổng dịch vụ công](https://)');
    expect(result.value.slice(result.start, result.end)).toBe('https://');
  });
});
