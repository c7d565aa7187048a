import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count } from '../../core/checklist/words';
import type { ApiDesign, ApiDesignDerived } from './model';

const fix = { kind: 'field', section: 'apiDesign', field: 'openApi' } as const;

/** 6.1 holds an OpenAPI specification that reads without errors and lists endpoints. */
export const interfacesDocumented: ReviewRule<ApiDesign, ApiDesignDerived> = {
  id: 'interfaces',
  title: 'Interfaces are documented',
  item: 2,
  check: (data, derived) => {
    const text = data.openApi;
    if (!text.trim()) {
      return { pass: false, reason: '6.1 has no API specification yet.', fix };
    }
    const analysis = derived?.analysis;
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
