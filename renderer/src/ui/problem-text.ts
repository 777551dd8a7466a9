import type { Problem } from '../../../preload/contract';

/** A problem as one line under a field: what is wrong, then what to do. */
export function problemText(problem: Problem): string {
  return problem.hint ? `${problem.message} ${problem.hint}` : problem.message;
}
