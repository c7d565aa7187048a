import {
  test,
  expect,
  corpusFile,
  newDocument,
  openSection,
  pasteIntoCodeEditor,
  preview,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

// Microsoft's install scripts, pasted whole: GO batches, ROWGUIDCOL, user-defined types,
// computed columns, keys added later by ALTER TABLE (fixtures/corpus/README.md).
for (const [file, tables, relationships, names] of [
  [
    'sql/adventureworks-oltp-sqlserver.sql',
    71,
    90,
    ['SalesOrderHeader', 'ProductModelProductDescriptionCulture', 'EmployeePayHistory'],
  ],
  ['sql/pubs-sqlserver-ddl.sql', 11, 10, ['titleauthor', 'pub_info', 'roysched']],
] as const) {
  test(`a SQL Server sample schema becomes an ER diagram of all its tables: ${file}`, async ({
    page,
  }) => {
    await newDocument(page, 'Empty document');
    await openSection(page, '5. Data Architecture');
    await pasteIntoCodeEditor(page, 'Database schema', corpusFile(file));
    await expect(
      page.getByRole('status').filter({
        hasText: `ER diagram: ${tables} tables, ${relationships} relationships.`,
      }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('list', { name: 'Problems in Database schema' })).toHaveCount(0);
    const figure = preview(page).getByRole('figure', {
      name: '5.2 Database Design: entity-relationship diagram',
    });
    await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 30_000 });
    for (const name of names) {
      await expect(figure.getByText(name, { exact: true }).first()).toBeVisible();
    }
  });
}
