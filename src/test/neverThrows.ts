import fc from 'fast-check';
import { it } from 'vitest';

// Hundreds of parses per property: generous, since test machines are often busy.
const TIMEOUT = 30_000;

/**
 * The properties every analyser of typed text shares: `check` (which asserts whatever must
 * hold, and throws if the analyser does) passes on arbitrary strings, on noise made of
 * `tokens` that reach past the parser into the analyser, and on a real `sample` with a slice
 * cut out or a token pasted in, as happens while typing.
 */
export function itNeverThrows(
  sample: string,
  tokens: readonly string[],
  check: (text: string) => void | Promise<void>,
) {
  it(
    'on arbitrary strings',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) =>
          check(text),
        ),
        {
          numRuns: 200,
        },
      );
    },
    TIMEOUT,
  );

  it(
    'on noise made of syntax the analyser reads',
    async () => {
      const noise = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((t) => t.join(''));
      await fc.assert(
        fc.asyncProperty(noise, async (text) => check(text)),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    'on a real file with a slice cut out or text pasted in',
    async () => {
      const edit = fc.tuple(
        fc.nat({ max: sample.length }),
        fc.nat({ max: 200 }),
        fc.constantFrom('', ...tokens),
      );
      await fc.assert(
        fc.asyncProperty(edit, async ([at, cut, paste]) =>
          check(sample.slice(0, at) + paste + sample.slice(at + cut)),
        ),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );
}

export { TIMEOUT as FUZZ_TIMEOUT };
