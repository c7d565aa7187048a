// npm run bench (links part): how long a share link gets, beside what brotli at its best
// (-q 11) + base64url would give for the same JSON, the practical limit for a link.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { createExampleDocument } from '../src/document/example';
import type { ArchDocument } from '../src/document/schema';
import { encodeShare, LONG_LINK } from '../src/document/share/codec';

const corpus = (path: string) =>
  readFileSync(new URL(`../fixtures/corpus/${path}`, import.meta.url), 'utf8');

/**
 * The worked example grown as a big system's document grows: real schemas, specs and
 * manifests, none of which the link dictionary was trained on (scripts/share-dictionary.ts).
 */
async function largeDocument(): Promise<ArchDocument> {
  const doc = await createExampleDocument('2026-11-25T10:00:00.000Z');
  const s = doc.sections;
  s.dataArchitecture.databaseSchema = corpus('sql/sakila-mysql-schema.sql');
  s.apiDesign.openApi =
    corpus('openapi/uspto.yaml') + '\n' + corpus('openapi/petstore-expanded.yaml');
  s.deploymentArchitecture.manifests = corpus('k8s/online-boutique-kubernetes-manifests.yaml');
  return doc;
}

function brotliLength(json: string): number {
  const compressed = brotliCompressSync(Buffer.from(json), {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  return compressed.toString('base64url').length;
}

const ORIGIN = 'https://archbench.example/#share=';
for (const [name, doc] of [
  ['worked example', await createExampleDocument('2026-11-25T10:00:00.000Z')],
  ['large document', await largeDocument()],
] as const) {
  const json = JSON.stringify(doc);
  const link = ORIGIN.length + (await encodeShare(doc)).length;
  const brotli = ORIGIN.length + brotliLength(json);
  const over = ((link / brotli - 1) * 100).toFixed(1);
  console.log(
    `Share link, ${name}: ${link.toLocaleString('en-US')} characters (JSON ${json.length.toLocaleString('en-US')}); brotli -q 11 + base64url ${brotli.toLocaleString('en-US')}: ${over}% longer (target ≤ 15%)${link > LONG_LINK ? '; past the 8,000-character warning' : ''}`,
  );
}
