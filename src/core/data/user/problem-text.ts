import type { ProblemCode, ProblemKind, Term, UserDataProblem } from './messages.js';

/**
 * How the problems of a reader's data are worded, set by ./messages.ts when it loads (with the user-data reader,
 * only on pages whose elements have `src` or `.data`). The elements' views read it from here, so that a page without
 * the reader's data loads neither the codes' table nor their English wording: every problem they show comes from
 * the reader, so by then it is set.
 */
export interface ProblemText {
  formatProblem: (p: UserDataProblem, term: Term, num: (n: number) => string) => string;
  problem: (
    code: ProblemCode,
    at: { line: number; location: 'line' | 'item'; column?: string | null },
    params?: Record<string, string | number>,
    options?: { kind?: ProblemKind },
  ) => UserDataProblem;
  /** The English string of a `userData*` key (the English UI table does not carry them). */
  englishTerm: Term;
}

let text: ProblemText | null = null;

export function setProblemText(t: ProblemText): void {
  text = t;
}

/** The wording, or null before the reader has loaded. */
export function problemText(): ProblemText | null {
  return text;
}
