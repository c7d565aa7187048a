// Who may import whom (docs/ARCHITECTURE.md draws it). `npm run lint` runs it on src/ through
// scripts/check-imports.mjs, which also refuses a cycle between folders.
/** @type {import('dependency-cruiser').IConfiguration} */
const features =
  'app|workspace|editor|dialogs|derived|storage|documents|versions|review|inspections|calculators|export|share|preview|print';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: split the shared part out, or invert the call.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-the-ground-floor',
      severity: 'error',
      comment: 'src/core names no section and imports nothing of the app above it.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/test/'] },
    },
    {
      name: 'core-and-document-stay-pure',
      severity: 'error',
      comment:
        'core and document run in Node (CLI export, unit tests): no React, no DOM libraries.',
      from: { path: '^src/(core|document)/' },
      to: {
        path: 'node_modules/(react|react-dom|react-markdown|zustand|dexie|idb|mermaid|monaco-editor|@monaco-editor)/',
      },
    },
    {
      name: 'ui-knows-no-document',
      severity: 'error',
      comment: 'src/ui is generic components: it may use core, nothing above.',
      from: { path: '^src/ui/' },
      to: { path: '^src/', pathNot: ['^src/(ui|core)/'] },
    },
    {
      name: 'diagrams-are-a-shared-field',
      severity: 'error',
      comment:
        'src/diagrams (Mermaid field, viewer) serves sections and preview: core and ui only.',
      from: { path: '^src/diagrams/' },
      to: { path: '^src/', pathNot: ['^src/(diagrams|ui|core)/'] },
    },
    {
      name: 'a-section-knows-only-itself',
      severity: 'error',
      comment:
        'A section folder imports core, ui, diagrams and itself; of another section, only its public model.',
      from: { path: '^src/sections/([^/]+)/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/(core|ui|diagrams|test)/',
          '^src/sections/$1/',
          '^src/sections/[^/]+/model[.]ts$',
        ],
      },
    },
    {
      name: 'document-sits-below-the-features',
      severity: 'error',
      comment:
        'src/document (registry, schema, Markdown, import, checklist) uses core and sections only.',
      from: { path: '^src/document/' },
      to: { path: '^src/', pathNot: ['^src/(document|core|sections|test)/'] },
    },
    {
      name: 'document-reads-sections-not-their-forms',
      severity: 'error',
      comment: 'The document layer reaches a form only through a module loader, never statically.',
      from: { path: '^src/document/' },
      to: { path: '^src/sections/.+[.]tsx$', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'features-use-sections-through-the-registry',
      severity: 'error',
      comment: 'A feature reaches a section through document/registry, never into its folder.',
      from: { path: `^src/(${features})/` },
      to: { path: '^src/sections/' },
    },
    {
      name: 'only-app-composes',
      severity: 'error',
      comment: 'src/app is the composition root: nothing imports it.',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'storage-is-below-the-screens',
      severity: 'error',
      comment: 'Storage defines the interface it needs (storage/port.ts) and imports no feature.',
      from: { path: '^src/storage/' },
      to: { path: `^src/(${features})/`, pathNot: '^src/storage/' },
    },
    {
      name: 'the-editor-is-a-store',
      severity: 'error',
      comment: 'src/editor is the open document and its actions: no screen, no other feature.',
      from: { path: '^src/editor/' },
      to: { path: `^src/(${features})/`, pathNot: '^src/editor/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]test[.]ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    combinedDependencies: false,
  },
};
