import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enforcementStatuses, inspectionStatuses } from './inspection';
import {
  assertEnforcementChange,
  assertInspectionStatusChange,
  decisionDateIssue,
  enforcementTransitions,
  inspectionStatusTransitions,
} from './inspection-rules';

describe('inspection status', () => {
  it('moves forward only; a concluded inspection stays concluded', () => {
    expect(() => assertInspectionStatusChange('planned', 'in_progress')).not.toThrow();
    expect(() => assertInspectionStatusChange('in_progress', 'concluded')).not.toThrow();
    expect(() => assertInspectionStatusChange('in_progress', 'in_progress')).not.toThrow();
    expect(() => assertInspectionStatusChange('in_progress', 'planned')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(() => assertInspectionStatusChange('concluded', 'in_progress')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('never reaches a state it has left, whatever moves are tried', () => {
    const status = fc.constantFrom(...inspectionStatuses);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 12 }), (moves) => {
        let current: (typeof inspectionStatuses)[number] = 'planned';
        const left = new Set<string>();
        for (const next of moves) {
          const allowed = next === current || inspectionStatusTransitions[current].includes(next);
          if (!allowed) {
            expect(() => assertInspectionStatusChange(current, next)).toThrow();
            continue;
          }
          assertInspectionStatusChange(current, next);
          if (next !== current) left.add(current);
          current = next;
          expect(left.has(current)).toBe(false);
        }
      }),
    );
  });
});

describe('enforcement', () => {
  it('ends at paid or enforced', () => {
    for (const final of ['paid', 'enforced'] as const) {
      for (const to of enforcementStatuses) {
        expect(() => assertEnforcementChange(final, to)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
      }
    }
    expect(() => assertEnforcementChange('pending', 'appealed')).not.toThrow();
    expect(() => assertEnforcementChange('appealed', 'paid')).not.toThrow();
    expect(enforcementTransitions.pending).toContain('paid');
  });
});

describe('decisionDateIssue', () => {
  const inspection = { startedOn: '2020-03-02', decisionNumber: '12/QĐ-TTr' };
  it('refuses a decision dated before its inspection started', () => {
    expect(decisionDateIssue({ issuedOn: '2020-03-01' }, inspection)).toMatch(/12\/QĐ-TTr/);
    expect(decisionDateIssue({ issuedOn: '2020-03-02' }, inspection)).toBeNull();
  });
});
