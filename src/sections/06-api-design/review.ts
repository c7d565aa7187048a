import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count } from '../../core/checklist/words';
import type { ApiDesignDerived } from './model';

const fix = { kind: 'field', section: 'apiDesign', field: 'openApi' } as const;

/** 6.1 holds an OpenAPI specification that reads without errors and lists endpoints. */
export const interfacesDocumented: ReviewRule = {
  id: 'interfaces',
  title: 'Interfaces are documented',
  check: (doc, derived) => {
    const text = doc.sections.apiDesign.openApi;
    if (!text.trim()) {
      return { pass: false, reason: '6.1 has no API specification yet.', fix };
    }
    const analysis = (derived.apiDesign as ApiDesignDerived | undefined)?.analysis;
    if (!analysis) {
      return { pass: false, reason: 'The OpenAPI specification is being read…', fix };
    }
    const errors = analysis.problems.filter((p) => p.severity === 'error');
    const [first] = errors;
    return verdict(
      [
        first && {
          reason: `The OpenAPI specification has ${count(errors.length, 'error')}; the first, on line ${first.line}: ${first.message}`,
          fix,
        },
        !first &&
          analysis.endpoints.length === 0 && {
            reason: 'The OpenAPI specification lists no endpoints.',
            fix,
          },
      ],
      () =>
        `${count(analysis.endpoints.length, 'endpoint')} documented in OpenAPI ${analysis.version ?? '3'}.`,
    );
  },
};
