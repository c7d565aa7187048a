import { useEffect, useState } from 'react';
import type { CodeProblem } from '../ui/code-editor/problems';
import { checkDiagram } from './mermaidRuntime';

const PAUSE_MS = 200;
const none: CodeProblem[] = [];

/** Mermaid's verdict on the text of a diagram field, a moment after typing stops. */
export function useDiagramProblems(source: string): CodeProblem[] {
  const [problems, setProblems] = useState<CodeProblem[]>(none);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void checkDiagram(source).then((problem) => {
        if (current)
          setProblems(problem ? [{ line: problem.line, message: problem.message }] : none);
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source]);
  return problems;
}
