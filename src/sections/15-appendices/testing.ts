import type { Decision } from './decisions';

/** A decision record for tests: blank but for what the test sets. */
export const decision = (
  patch: Partial<Decision> & { options?: Decision['options'] },
): Decision => ({
  id: `d-${Math.random().toString(36).slice(2)}`,
  number: '',
  title: '',
  status: 'Proposed',
  date: '',
  deciders: '',
  context: '',
  options: [],
  decision: '',
  consequences: '',
  supersedes: '',
  supersededBy: '',
  comparisonId: '',
  ...patch,
});

/** Three records by number: 0001 Accepted, 0002 Accepted, 0003 Proposed. */
export const three = (): Decision[] => [
  decision({
    id: 'a',
    number: '0001',
    title: 'One',
    status: 'Accepted',
    options: [{ id: 'o1', text: 'x' }],
  }),
  decision({ id: 'b', number: '0002', title: 'Two', status: 'Accepted' }),
  decision({ id: 'c', number: '0003', title: 'Three', status: 'Proposed' }),
];
