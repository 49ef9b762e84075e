/**
 * The ten states of a dossier (hồ sơ) used nationwide for reporting on administrative procedures.
 * The order is the order a dossier usually moves through them.
 */
export const dossierStates = [
  'new',
  'received',
  'not_accepted',
  'processing',
  'supplement_requested',
  'financial_obligation',
  'withdrawal_requested',
  'stopped',
  'processed',
  'returned',
] as const;
export type DossierState = (typeof dossierStates)[number];

/** The Vietnamese labels of the states, as the national portal prints them. */
export const dossierStateLabelsVi: Record<DossierState, string> = {
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
};

/** The English labels of the states, for the English pages and the API. */
export const dossierStateLabelsEn: Record<DossierState, string> = {
  new: 'Registered online',
  received: 'Received',
  not_accepted: 'Not accepted',
  processing: 'Being processed',
  supplement_requested: 'More papers requested',
  financial_obligation: 'Awaiting payment of fees and charges',
  withdrawal_requested: 'Withdrawal requested by the applicant',
  stopped: 'Processing stopped',
  processed: 'Processed',
  returned: 'Result returned',
};

/** Where a dossier may go from each state. A state with nowhere to go is final. */
export const dossierTransitions: Readonly<Record<DossierState, readonly DossierState[]>> = {
  new: ['received', 'not_accepted'],
  received: ['processing', 'withdrawal_requested'],
  not_accepted: [],
  processing: ['supplement_requested', 'financial_obligation', 'withdrawal_requested', 'stopped', 'processed'],
  supplement_requested: ['processing', 'withdrawal_requested', 'stopped'],
  financial_obligation: ['processing', 'withdrawal_requested', 'stopped'],
  withdrawal_requested: ['stopped', 'processing'],
  stopped: [],
  processed: ['returned'],
  returned: [],
};

/** The states a dossier may move to from `state`. */
export function allowedTransitions(state: DossierState): readonly DossierState[] {
  return dossierTransitions[state];
}

/** Whether a dossier in `from` may move to `to`. */
export function canTransition(from: DossierState, to: DossierState): boolean {
  return dossierTransitions[from].includes(to);
}

/** Whether nothing more can happen to a dossier in this state (not accepted, stopped, returned). */
export function isFinalState(state: DossierState): boolean {
  return dossierTransitions[state].length === 0;
}
