import { inflateSync as zlibInflate } from 'node:zlib';
import fc from 'fast-check';
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT } from '../test/neverThrows';
import { MAX_CODE_BYTES, mermaidLiveLink, readMermaidLiveLink } from './mermaidLive';

const PAKO_EDIT = 'https://mermaid.live/edit#pako:';

/** The state a link holds, decoded as Mermaid Live does (js-base64 `toUint8Array`, pako `inflate`). */
function theirState(link: string): unknown {
  const bytes = Buffer.from(link.slice(link.indexOf('#pako:') + 6), 'base64url');
  // fflate's unzlibSync reads the zlib format pako reads; Node's zlib (the library pako ports)
  // also checks the Adler-32 trailer, as pako does.
  const json = strFromU8(unzlibSync(bytes));
  expect(zlibInflate(bytes).toString('utf8')).toBe(json);
  return JSON.parse(json);
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const pakoOf = (text: string) =>
  Buffer.from(zlibSync(strToU8(text), { level: 9 })).toString('base64url');

function expectCode(text: string): string {
  const result = readMermaidLiveLink(text);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.code;
}

/** ok: false with a sentence for a person, never an exception; gives that sentence. */
function expectRefused(text: string): string {
  const result = readMermaidLiveLink(text);
  if (result.ok) throw new Error(`read code from bad input: ${JSON.stringify(result.code)}`);
  expect(result.problem).toMatch(/^[A-Z].{15,}\.$/);
  return result.problem;
}

// mermaid-live-editor's own serde test (src/lib/util/serde.test.ts): its default state,
// serialised by serializeState with pako and with base64.
const THEIR_DEFAULT_CODE = `graph TD
    A[Christmas] -->|Get money| B(Go shopping)
    B --> C{Let me think}
    C -->|One| D[Laptop]
    C -->|Two| E[iPhone]
    C -->|Three| F[fa:fa-car Car]
  `;
const THEIR_PAKO =
  'pako:eNpVj81qw0AMhF9F6NRC_AI-BGK7zSXQQHLz5iBsObuk-8Naphjb7551fEl1EjPfiNGEjW8Zc7xHChqulXKQ5lCXOppeLPU3yLL9fGQB6x2PMxQfRw-99iEYd__c-GKFoJxOK8Yg2rjHslnlK__jeIaqPlEQH27vzvXPz_BVm7NO5_87OnJKfdcd5R1lDUUoKb4Q3KHlaMm0qfq0KgpFs2WFeVpb7mj4FYXKLQmlQfxldA3mEgfe4RBaEq4MpaftJi5PNtJU8w';
const THEIR_BASE64 =
  'base64:eyJjb2RlIjoiZ3JhcGggVERcbiAgICBBW0NocmlzdG1hc10gLS0-fEdldCBtb25leXwgQihHbyBzaG9wcGluZylcbiAgICBCIC0tPiBDe0xldCBtZSB0aGlua31cbiAgICBDIC0tPnxPbmV8IERbTGFwdG9wXVxuICAgIEMgLS0-fFR3b3wgRVtpUGhvbmVdXG4gICAgQyAtLT58VGhyZWV8IEZbZmE6ZmEtY2FyIENhcl1cbiAgIiwibWVybWFpZCI6IntcbiAgXCJ0aGVtZVwiOiBcImRlZmF1bHRcIlxufSIsImF1dG9TeW5jIjp0cnVlLCJ1cGRhdGVEaWFncmFtIjp0cnVlfQ';

// Links as published in READMEs and docs (found in public repositories).
const REAL_LINKS: { where: string; link: string; starts: string }[] = [
  {
    where: 'kubernetes/website, content/fr/docs/concepts/services-networking/ingress.md',
    link: 'https://mermaid.live/edit#pako:eNqNkstuwyAQRX8F4U0r2VHqPlSRKqt0UamLqlnaWWAYJygYLB59KMm_Fxcix-qmGwbuXA7DwAEzzQETXKutof0Ovb4vaoUQkwKUu6pi3FwXM_QSHGBt0VFFt8DRU2OWSGrKUUMlVQwMmhVLEV1Vcm9-aUksiuXRaO_CEhkv4WjBfAgG1TrGaLa-iaUw6a0DcwGI-WgOsF7zm-pN881fvRx1UDzeiFq7ghb1kgqFWiElyTjnuXVG74FkbdumefEpuNuRu_4rZ1pqQ7L5fL6YQPaPNiFuywcG9_-ihNyUkm6YSONWkjVNM8WUIyaeOJLO3clTB_KhL8NQDmVe-OJjxgZM5FhFiiFTK5zjDkxHBQ9_4zB4a-x20EGNSZhyaKmXrg7f5hSsvufUwTMXThtMWiot5Jh6p9ffimHijIezaSVoeN0uiqcfMJvf7w',
    starts: 'graph LR;',
  },
  {
    where: 'a README showing a release branching model',
    link: 'https://mermaid.live/edit#pako:eNqNU8tuwjAQ_BVre0VA6DvXtgIkbvToi5MsidXEjpw1KkL8ex0wbRIC6SGX2dmZnYm8h1gnCCGkkuZGlBlXjMW6KCQxmYSMw1JJkiL3IIeaEBmh4oxtUJA1OAmOSxnGX9pSB21KBaftFjbz2Hm7EFL1WMx6LWYXcve35SKbbuR35-AW2BR76Ln38YpBgSbFdvYT1FT3VxjMUVQ42Qbj6XjakusZNd2fOu7Xi3juMAeEXzgw2pUYssVyvli575ORSOuR37gV-9-B2B1zllWmbZ6wCP9ofhzV0micesISjRVT2tFtWWrjLqVGh5kmV-tFjteeXxZMB8IFN8M1nIZrX5cyz5neouEAI_BZ3Pva11QOlGGBHGpq5GrhMDrhv8_PjfYcjCZB-HZUXokI8xrfiLzCA1cHJ2zLxBE-EknaQHicjEBY0uudiiEkY_FMepciNaLwrMMPN2JPUQ',
    starts: 'gitGraph',
  },
  {
    where: 'a Java project README (image link with ?type=png)',
    link: 'https://mermaid.ink/img/pako:eNptj8sKgzAQRX8lzKoF_QEXBV90JRTaXdPFkIw1oImNSUuJ_nujbjury7lnMTeAMJIgg7Y3H9GhdexWcc3i5fcGlX6wND0Vh4a0P7K9KFbEZkHjzMpQ-EmgNHZhf-oqnMkiy-3Lq7dZdqHchDqU9WUjkMBAdkAl4x9hJRxcRwNxyGKU1KLvHQeul6iid-b61QIyZz0l4EeJjiqFT4sDZC32U6QklTO22bdtE5cfDc9KIQ?type=png',
    starts: 'flowchart TD',
  },
  {
    where: 'Naiad docs, GitGraph (padded standard base64)',
    link: 'https://mermaid.live/edit#base64:eyJjb2RlIjoiZ2l0R3JhcGhcbiAgICBjb21taXRcbiAgICBjb21taXRcbiAgICBjb21taXQiLCJtZXJtYWlkIjp7InRoZW1lIjoiZGVmYXVsdCJ9fQ==',
    starts: 'gitGraph',
  },
  {
    where: 'an MkDocs notes page (the old editor, config as an object)',
    link: 'https://mermaid-js.github.io/mermaid-live-editor/#/edit/eyJjb2RlIjoiZ3JhcGggVERcbiAgICBBW0NocmlzdG1hc10gLS0-fEdldCBtb25leXwgQihHbyBzaG9wcGluZylcbiAgICBCIC0tPiBDe0xldCBtZSB0aGlua31cbiAgICBDIC0tPnxPbmV8IERbTGFwdG9wXVxuICAgIEMgLS0-fFR3b3wgRVtpUGhvbmVdXG4gICAgQyAtLT58VGhyZWV8IEZbZmE6ZmEtY2FyIENhcl0iLCJtZXJtYWlkIjp7InRoZW1lIjoiZGVmYXVsdCJ9LCJ1cGRhdGVFZGl0b3IiOmZhbHNlfQ',
    starts: 'graph TD',
  },
  {
    where: 'a README lifecycle diagram (old mermaid.ink image of a base64 state)',
    link: 'https://mermaid.ink/img/eyJjb2RlIjoic3RhdGVEaWFncmFtXG5cdFsqXSAtLT4gd2lwXG5cdHdpcCAtLT4gZGVjaWRlZFxuXHR3aXAgLS0-IGNhbmNlbGxlZFxuXG5cdGRlY2lkZWQgLS0-IGNhbmNlbGxlZFxuXHRkZWNpZGVkIC0tPiBjb21wbGV0ZWRcblx0ZGVjaWRlZCAtLT4gc3VwZXJzZWRlZFxuXHRcblx0Y29tcGxldGVkIC0tPiBzdXBlcnNlZGVkXG5cdGNvbXBsZXRlZCAtLT4gY2FuY2VsbGVkXG5cblx0c3VwZXJzZWRlZCAtLT4gY2FuY2VsbGVkXG5cdGNhbmNlbGxlZCAtLT4gWypdIiwibWVybWFpZCI6eyJ0aGVtZSI6ImRlZmF1bHQifSwidXBkYXRlRWRpdG9yIjpmYWxzZX0',
    starts: 'stateDiagram',
  },
];

describe('mermaidLiveLink', () => {
  it('writes the state Mermaid Live writes, zlib level 9 in unpadded base64url', () => {
    const link = mermaidLiveLink(THEIR_DEFAULT_CODE);
    expect(link.startsWith(PAKO_EDIT)).toBe(true);
    expect(link.slice(PAKO_EDIT.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(link.slice(PAKO_EDIT.length), 'base64url');
    // zlib header: deflate, 32 kB window, "maximum compression" level flags.
    expect([bytes[0], bytes[1]]).toEqual([0x78, 0xda]);
    // Byte for byte the JSON their serializeState deflated for the same state.
    const theirs = strFromU8(unzlibSync(Buffer.from(THEIR_PAKO.slice(5), 'base64url')));
    expect(strFromU8(unzlibSync(bytes))).toBe(theirs);
    expect(theirState(link)).toEqual({
      code: THEIR_DEFAULT_CODE,
      mermaid: '{\n  "theme": "default"\n}',
      autoSync: true,
      updateDiagram: true,
    });
  });

  it(
    'gives links Mermaid Live decodes to the same code, for any text',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (code) => {
          expect(theirState(mermaidLiveLink(code))).toMatchObject({ code });
        }),
        { numRuns: 100 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('readMermaidLiveLink', () => {
  it("reads Mermaid Live's own serialised states, pako and base64", () => {
    for (const state of [THEIR_PAKO, THEIR_BASE64]) {
      expect(expectCode(state)).toBe(THEIR_DEFAULT_CODE);
      expect(expectCode(`https://mermaid.live/edit#${state}`)).toBe(THEIR_DEFAULT_CODE);
      expect(expectCode(`https://mermaid.live/view#${state}`)).toBe(THEIR_DEFAULT_CODE);
    }
  });

  it.each(REAL_LINKS)('reads a real link: $where', ({ link, starts }) => {
    expect(expectCode(link).trimStart().startsWith(starts)).toBe(true);
  });

  it(
    'gives back the code of any link it made',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 400 }).filter((code) => code.trim() !== ''),
          (code) => {
            expect(readMermaidLiveLink(mermaidLiveLink(code))).toEqual({ ok: true, code });
          },
        ),
        { numRuns: 300 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('reads every form a state travels in', () => {
    const code = 'sequenceDiagram\n  Shop->>Payments: charge(€12)';
    const json = JSON.stringify({ code, mermaid: { theme: 'dark' } });
    const standard = Buffer.from(json, 'utf8').toString('base64');
    const forms = [
      `https://mermaid.live/edit#pako:${pakoOf(json)}`,
      `mermaid.live/edit#pako:${pakoOf(json)}`,
      `https://mermaid.live/#pako:${pakoOf(json)}`,
      `pako:${pakoOf(json)}`,
      `https://mermaid.live/edit#base64:${standard}`,
      `https://mermaid.live/edit#base64:${base64url(json)}`,
      `https://mermaid.live/edit#${base64url(json)}`,
      `https://mermaid.live/edit#base64:${standard.replace(/=/g, '%3D')}`,
      `https://mermaid-js.github.io/mermaid-live-editor/#/view/${base64url(json)}`,
      `https://mermaidjs.github.io/mermaid-live-editor/#/edit/${base64url(json)}`,
      `https://mermaid.live/#/edit/${base64url(json)}`,
      `https://mermaid.ink/svg/pako:${pakoOf(json)}?bgColor=white`,
      `https://mermaid.ink/img/${standard}`,
      `https://www.mermaidchart.com/play#pako:${pakoOf(json)}`,
      // A long link broken over lines, with spaces around it.
      `  https://mermaid.live/edit#pako:${pakoOf(json).replace(/(.{30})/g, '$1\n')}  `,
      // Mermaid Live's "Copy Markdown".
      `[![](https://mermaid.ink/img/pako:${pakoOf(json)}?type=png)](https://mermaid.live/edit#pako:${pakoOf(json)})`,
    ];
    for (const form of forms) expect(expectCode(form), form).toBe(code);
    // mermaid.ink also takes the bare diagram text.
    expect(expectCode(`https://mermaid.ink/img/${base64url(code)}`)).toBe(code);
  });

  it('says what is wrong in plain words', () => {
    const notALink = 'This is not a Mermaid Live link.';
    expect(expectRefused('https://example.com/edit#pako:eNpLy8lPTAEAB8QCXQ')).toBe(notALink);
    expect(expectRefused('graph TD\n  A --> B')).toBe(notALink);
    expect(expectRefused('https://mermaid.live/edit#lz:abc')).toBe(notALink);
    expect(expectRefused('https://evil.example/mermaid.live/edit#pako:abc')).toBe(notALink);
    expect(expectRefused('   ')).toBe('Paste a Mermaid Live link first.');

    const noCode = 'The link has no diagram code.';
    expect(expectRefused('https://mermaid.live/edit')).toBe(noCode);
    expect(expectRefused(`pako:${pakoOf(JSON.stringify({ mermaid: '{}' }))}`)).toBe(noCode);
    expect(expectRefused(`pako:${pakoOf(JSON.stringify({ code: ' \n' }))}`)).toBe(noCode);
    expect(expectRefused(`base64:${base64url(JSON.stringify({ code: 42 }))}`)).toBe(noCode);

    const damaged = 'The link is cut off or damaged.';
    const link = mermaidLiveLink('graph TD\n  A --> B');
    expect(expectRefused(link.slice(0, -12))).toBe(damaged);
    expect(expectRefused(`${link.slice(0, -3)}AAA`)).toBe(damaged);
    expect(expectRefused('https://mermaid.live/edit#pako:not*base64')).toBe(damaged);
    // Valid base64 and zlib, but not the JSON of a state.
    expect(expectRefused(`pako:${pakoOf('graph TD')}`)).toBe(damaged);
    // Raw deflate without the zlib header is not what pako reads.
    const raw = Buffer.from(zlibSync(strToU8('{"code":"graph TD"}')).subarray(2, -4));
    expect(expectRefused(`pako:${raw.toString('base64url')}`)).toBe(damaged);
  });

  it(
    'refuses every truncation and altered character without throwing',
    () => {
      const link = mermaidLiveLink(THEIR_DEFAULT_CODE);
      fc.assert(
        fc.property(fc.nat({ max: link.length - 1 }), (length) => {
          expectRefused(link.slice(0, length));
        }),
        { numRuns: 200 },
      );
      const payloadStart = PAKO_EDIT.length;
      fc.assert(
        fc.property(
          fc.integer({ min: payloadStart, max: link.length - 1 }),
          fc.constantFrom(...'AZaz09-_'),
          (at, char) => {
            const altered = link.slice(0, at) + char + link.slice(at + 1);
            // A change that leaves the text as it was, or lands in unused bits, may still
            // read: then it reads the same code.
            const result = readMermaidLiveLink(altered);
            if (result.ok) expect(result.code).toBe(THEIR_DEFAULT_CODE);
            else expect(result.problem).toMatch(/^[A-Z].{15,}\.$/);
          },
        ),
        { numRuns: 300 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'never throws on random text, random links and random compressed data',
    () => {
      const check = (text: string) => {
        const result = readMermaidLiveLink(text);
        if (!result.ok) expect(result.problem).toMatch(/^[A-Z].{15,}\.$/);
      };
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), {
        numRuns: 300,
      });
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const b64 = Buffer.from(bytes).toString('base64url');
          for (const prefix of ['pako:', 'base64:', 'https://mermaid.ink/img/']) {
            check(prefix + b64);
            // With a valid zlib header in front, the random bytes reach the inflater.
            check(`${prefix}${Buffer.from([0x78, 0xda, ...bytes]).toString('base64url')}`);
          }
        }),
        { numRuns: 300 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('stops a zlib bomb at the size cap and takes a diagram just under it', () => {
    const tooLarge = 'The diagram in the link is too large (over 1 MB).';
    // About 20 kB of link that would inflate to 20 MB.
    const bomb = zlibSync(new Uint8Array(20 * MAX_CODE_BYTES).fill(0x41), { level: 9 });
    const bombLink = `pako:${Buffer.from(bomb).toString('base64url')}`;
    expect(bombLink.length).toBeLessThan(100_000);
    expect(expectRefused(bombLink)).toBe(tooLarge);

    const big = `graph TD\n${'  A --> B\n'.repeat((MAX_CODE_BYTES - 100_000) / 10)}`;
    expect(expectCode(mermaidLiveLink(big))).toBe(big);
    const over = JSON.stringify({ code: 'A'.repeat(MAX_CODE_BYTES) });
    expect(expectRefused(`pako:${pakoOf(over)}`)).toBe(tooLarge);
    expect(expectRefused(`base64:${base64url(over)}`)).toBe(tooLarge);
    expect(expectRefused(`base64:${'A'.repeat(4 * MAX_CODE_BYTES)}`)).toBe(tooLarge);
  });
});
