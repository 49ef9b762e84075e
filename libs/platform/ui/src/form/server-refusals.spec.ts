import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, inputPathOf, placeRefusals } from './server-refusals';

const refusal = (field: string[], message = 'Not valid.', code = 'VALIDATION') => ({ field, message, code });

describe("the gateway's refusals on a form", () => {
  it('reads the path within the input, whether or not the argument is named', () => {
    expect(inputPathOf(refusal(['input', 'applicant', 'phone']))).toEqual(['applicant', 'phone']);
    expect(inputPathOf(refusal(['title']))).toEqual(['title']);
    expect(inputPathOf(refusal([]))).toEqual([]);
  });

  it('puts each refusal beside its control, and one that names none on the fallback, in the words given', () => {
    const ids: Record<string, string> = { title: 'article-title', 'images.0.fileName': 'figure-0-file' };
    const placed = fieldErrorsOf([refusal(['input', 'title'], 'Too long.'), refusal(['input', 'images', '0', 'fileName']), refusal([], 'Someone else saved first.', 'CONFLICT'), refusal(['input', 'unknown'])], {
      idOf: (path) => ids[path.join('.')] ?? null,
      fallbackId: 'article-title',
      wording: (r, path) => (r.code === 'CONFLICT' ? 'Có người đã lưu trước.' : `${path.join('.')}: ${r.message}`),
    });
    expect(placed).toEqual([
      { fieldId: 'article-title', message: 'title: Too long.' },
      { fieldId: 'figure-0-file', message: 'images.0.fileName: Not valid.' },
      { fieldId: 'article-title', message: 'Có người đã lưu trước.' },
      { fieldId: 'article-title', message: 'unknown: Not valid.' },
    ]);
  });

  it("keeps the gateway's words when the form has none of its own", () => {
    expect(fieldErrorsOf([refusal(['input', 'reason'], 'A reason is needed.')], { idOf: () => 'reason', fallbackId: 'x' })).toEqual([{ fieldId: 'reason', message: 'A reason is needed.' }]);
  });

  it('places each refusal by the same rule, whatever the form then makes of it', () => {
    const error = refusal(['input', 'violations', '1', 'legalArticle'], 'Too long.');
    const stale = refusal(['input', 'version'], 'Changed.', 'CONFLICT');
    const placed = placeRefusals([error, stale], { idOf: (path) => (path[0] === 'violations' ? `violation-${path[1]}-${path[2]}` : null), fallbackId: 'number' });
    expect(placed).toEqual([
      { refusal: error, path: ['violations', '1', 'legalArticle'], fieldId: 'violation-1-legalArticle' },
      { refusal: stale, path: ['version'], fieldId: 'number' },
    ]);
  });
});
