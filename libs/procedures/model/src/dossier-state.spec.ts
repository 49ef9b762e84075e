import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, dossierStateLabelsEn, dossierStateLabelsVi, dossierStates, isFinalState } from './dossier-state';

describe('dossier states', () => {
  it('has the ten national states with their Vietnamese labels', () => {
    expect(dossierStates).toHaveLength(10);
    expect(dossierStateLabelsVi).toMatchObject({
      new: 'Mới đăng ký',
      received: 'Đã tiếp nhận',
      not_accepted: 'Không được tiếp nhận',
      processing: 'Đang xử lý',
      supplement_requested: 'Yêu cầu bổ sung',
      financial_obligation: 'Yêu cầu thực hiện nghĩa vụ tài chính',
      withdrawal_requested: 'Công dân yêu cầu rút hồ sơ',
      stopped: 'Dừng xử lý',
      processed: 'Đã xử lý xong',
      returned: 'Đã trả kết quả',
    });
  });

  it('has an English label for every state, each different', () => {
    const labels = dossierStates.map((state) => dossierStateLabelsEn[state]);
    expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(dossierStates.length);
  });

  it.each([
    ['new', ['received', 'not_accepted']],
    ['received', ['processing', 'withdrawal_requested']],
    ['processing', ['supplement_requested', 'financial_obligation', 'withdrawal_requested', 'stopped', 'processed']],
    ['supplement_requested', ['processing', 'withdrawal_requested', 'stopped']],
    ['financial_obligation', ['processing', 'withdrawal_requested', 'stopped']],
    ['withdrawal_requested', ['stopped', 'processing']],
    ['processed', ['returned']],
    ['not_accepted', []],
    ['stopped', []],
    ['returned', []],
  ] as const)('from %s allows exactly %j', (from, targets) => {
    expect([...allowedTransitions(from)].sort()).toEqual([...targets].sort());
    for (const to of dossierStates) expect(canTransition(from, to)).toBe((targets as readonly string[]).includes(to));
  });

  it('has exactly three final states', () => {
    expect(dossierStates.filter(isFinalState)).toEqual(['not_accepted', 'stopped', 'returned']);
  });

  it('never returns a result that was not processed, nor goes back to new', () => {
    expect(dossierStates.filter((from) => canTransition(from, 'returned'))).toEqual(['processed']);
    expect(dossierStates.filter((from) => canTransition(from, 'new'))).toEqual([]);
  });
});
