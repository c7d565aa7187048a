/** A problem in a code field, at a 1-based line: shown as a marker in the editor and listed below it. */
export interface CodeProblem {
  line: number | undefined;
  message: string;
  severity?: 'error' | 'warning';
}
