import { useEffect, useState } from 'react';
import type { CodeProblem } from '../ui/code-editor/problems';
import { checkDiagram } from './mermaidRuntime';

const PAUSE_MS = 200;
const none: CodeProblem[] = [];

/** Mermaid's verdict on the text of a diagram field, a moment after typing stops. */
export function useDiagramProblems(source: string): CodeProblem[] {
  const [problems, setProblems] = useState<CodeProblem[]>(none);
  useEffect(() => {
    // Aborted when the text changes again: a check still waiting for its turn is dropped.
    const wanted = new AbortController();
    const timer = setTimeout(() => {
      void checkDiagram(source, { signal: wanted.signal }).then((problem) => {
        if (!wanted.signal.aborted)
          setProblems(problem ? [{ line: problem.line, message: problem.message }] : none);
      });
    }, PAUSE_MS);
    return () => {
      wanted.abort();
      clearTimeout(timer);
    };
  }, [source]);
  return problems;
}
