import { DomainError } from '@egov/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from './dossier';
import { receivedDossier, stateArbitrary } from './dossier-fixtures';
import { allowedTransitions, canTransition, dossierStates, isFinalState, type DossierState } from './dossier-state';
import { applyTransition, type TransitionDetails } from './dossier-transition';

const hour = (n: number) => new Date(Date.parse('2020-06-26T02:00:00Z') + n * 3_600_000).toISOString();

/** Details that fit a move to `to` at `at`: a supplement request or a return channel where needed. */
const detailsFor = (to: DossierState, at: string): TransitionDetails => ({
  at,
  actor: 'can-bo-mot-cua',
  note: null,
  ...(to === 'supplement_requested' ? { supplement: { reason: 'Thiếu bản thảo tài liệu', deadline: '2099-12-31' } } : {}),
  ...(to === 'returned' ? { returnChannel: 'postal' as const } : {}),
});

/** A dossier standing in `state`, consistent with it. */
const dossierIn = (state: DossierState): Dossier =>
  receivedDossier({
    state,
    supplement: state === 'supplement_requested' ? { reason: 'Thiếu đơn', deadline: '2020-07-10' } : null,
    returnChannel: state === 'returned' ? 'in_person' : null,
  });

const errorOf = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('applyTransition', () => {
  it('takes an online dossier through supplement to a result returned by post', () => {
    const online = receivedDossier({ channel: 'online', state: 'new' });
    let dossier = applyTransition(online, 'received', { at: hour(1), actor: 'mot-cua' });
    dossier = applyTransition(dossier, 'processing', { at: hour(2), actor: 'chuyen-vien', note: 'Chuyển phòng TTBCXB' });
    dossier = applyTransition(dossier, 'supplement_requested', {
      at: hour(3),
      actor: 'chuyen-vien',
      supplement: { reason: 'Bổ sung mẫu trình bày bản tin', deadline: '2020-07-03' },
    });
    expect(dossier.supplement).toEqual({ reason: 'Bổ sung mẫu trình bày bản tin', deadline: '2020-07-03' });
    dossier = applyTransition(dossier, 'processing', { at: hour(30), actor: 'mot-cua' });
    expect(dossier.supplement).toBeNull();
    dossier = applyTransition(dossier, 'processed', { at: hour(40), actor: 'lanh-dao-so' });
    dossier = applyTransition(dossier, 'returned', { at: hour(41), actor: 'mot-cua', returnChannel: 'postal' });

    expect(dossier).toMatchObject({ state: 'returned', returnChannel: 'postal', version: 7 });
    expect(dossier.history.map((entry) => `${entry.from}>${entry.to}`)).toEqual([
      'new>received',
      'received>processing',
      'processing>supplement_requested',
      'supplement_requested>processing',
      'processing>processed',
      'processed>returned',
    ]);
    expect(dossier.history[1]).toMatchObject({ actor: 'chuyen-vien', note: 'Chuyển phòng TTBCXB', supplement: null });
    expect(dossier.history[2]?.supplement?.deadline).toBe('2020-07-03');
    expect(online).toMatchObject({ state: 'new', history: [], version: 1 });
  });

  it('refuses a forbidden move with INVALID_TRANSITION naming the allowed targets', () => {
    const error = errorOf(() => applyTransition(dossierIn('received'), 'returned', detailsFor('returned', hour(1))));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('allowed: processing, withdrawal_requested');
    expect(errorOf(() => applyTransition(dossierIn('stopped'), 'processing', detailsFor('processing', hour(1)))).message).toContain(
      'final',
    );
  });

  it('asks for a reason and a deadline after the day of the request before asking for more papers', () => {
    const processing = dossierIn('processing');
    expect(errorOf(() => applyTransition(processing, 'supplement_requested', { at: hour(1), actor: 'cv' }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['supplement'] }],
    });
    const sameDay = { at: '2020-06-29T09:00:00+07:00', actor: 'cv', supplement: { reason: 'Thiếu đơn', deadline: '2020-06-29' } };
    expect(errorOf(() => applyTransition(processing, 'supplement_requested', sameDay))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['supplement', 'deadline'] }],
    });
    const blank = { ...sameDay, supplement: { reason: ' ', deadline: '2020-07-06' } };
    expect(errorOf(() => applyTransition(processing, 'supplement_requested', blank)).issues[0]?.field).toEqual(['supplement', 'reason']);
  });

  it('asks how a result goes back before marking it returned, and only then', () => {
    expect(errorOf(() => applyTransition(dossierIn('processed'), 'returned', { at: hour(1), actor: 'mc' })).issues[0]?.field).toEqual([
      'returnChannel',
    ]);
    expect(
      errorOf(() => applyTransition(dossierIn('processing'), 'processed', { at: hour(1), actor: 'mc', returnChannel: 'online' })).code,
    ).toBe('VALIDATION');
    expect(
      errorOf(() =>
        applyTransition(dossierIn('received'), 'processing', { at: hour(1), actor: 'mc', supplement: { reason: 'x', deadline: '2020-07-01' } }),
      ).issues[0]?.field,
    ).toEqual(['supplement']);
  });

  it('refuses a move dated before the dossier was received, and a move without an actor', () => {
    expect(errorOf(() => applyTransition(dossierIn('received'), 'processing', { at: '2020-06-25T09:00:00+07:00', actor: 'mc' })).issues[0]?.field).toEqual(['at']);
    expect(errorOf(() => applyTransition(dossierIn('received'), 'processing', { at: hour(1), actor: '' })).issues[0]?.field).toEqual(['actor']);
  });
});

describe('the dossier state machine (properties)', () => {
  it('a random walk only reaches allowed states; history counts the moves taken; refused moves change nothing', () => {
    const walk = fc.array(fc.record({ pickAllowed: fc.boolean(), index: fc.nat(), anyState: stateArbitrary }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom<DossierState>('new', 'received'), walk, (start, steps) => {
        let dossier = receivedDossier({ state: start, channel: start === 'new' ? 'online' : 'postal' });
        let taken = 0;
        steps.forEach((step, n) => {
          const allowed = allowedTransitions(dossier.state);
          const to = step.pickAllowed && allowed.length ? (allowed[step.index % allowed.length] as DossierState) : step.anyState;
          const before = structuredClone(dossier);
          if (canTransition(dossier.state, to)) {
            const next = applyTransition(dossier, to, detailsFor(to, hour(n + 1)));
            expect(allowed).toContain(next.state);
            expect(next.state).toBe(to);
            dossier = next;
            taken += 1;
          } else {
            expect(() => applyTransition(dossier, to, detailsFor(to, hour(n + 1)))).toThrow(
              expect.objectContaining({ code: 'INVALID_TRANSITION' }),
            );
          }
          expect(before.history.length).toBeLessThanOrEqual(dossier.history.length);
        });
        expect(dossier.history).toHaveLength(taken);
        expect(dossier.version).toBe(1 + taken);
        expect(dossier.history.every((entry) => canTransition(entry.from, entry.to))).toBe(true);
        expect(dossier.history.at(-1)?.to ?? start).toBe(dossier.state);
      }),
    );
  });

  it('a final state has no way out', () => {
    fc.assert(
      fc.property(fc.constantFrom<DossierState>(...dossierStates.filter(isFinalState)), stateArbitrary, (final, to) => {
        expect(() => applyTransition(dossierIn(final), to, detailsFor(to, hour(1)))).toThrow(
          expect.objectContaining({ code: 'INVALID_TRANSITION' }),
        );
      }),
    );
  });

  it('a forbidden move always throws INVALID_TRANSITION and leaves the dossier as it was', () => {
    const forbidden = fc
      .tuple(stateArbitrary, stateArbitrary)
      .filter(([from, to]) => !canTransition(from, to));
    fc.assert(
      fc.property(forbidden, ([from, to]) => {
        const dossier = dossierIn(from);
        const snapshot = structuredClone(dossier);
        const error = errorOf(() => applyTransition(dossier, to, detailsFor(to, hour(1))));
        expect(error.code).toBe('INVALID_TRANSITION');
        for (const target of allowedTransitions(from)) expect(error.message).toContain(target);
        expect(dossier).toEqual(snapshot);
      }),
    );
  });
});
