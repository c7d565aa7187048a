import { describe, expect, it } from 'vitest';
import { sqlToEr } from './index';
import { splitStatements } from './split';

const lines = (diagram: string): string[] => diagram.split('\n').map((l) => l.trim());

// The shape of SQL Server Management Studio's "Script Table as > CREATE To".
const SCRIPTED = `SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE SCHEMA [Sales] AUTHORIZATION [dbo]
GO
CREATE TYPE [dbo].[Name] FROM [nvarchar](50) NULL
GO
CREATE TABLE [Sales].[Store](
	[StoreID] [int] IDENTITY(1,1) NOT FOR REPLICATION NOT NULL,
	[Name] [dbo].[Name] NOT NULL,
	[Code] [nvarchar](10) COLLATE Latin1_General_CI_AS NOT NULL,
	[Notes] [nvarchar](max) SPARSE NULL,
	[Settings] [xml] COLUMN_SET FOR ALL_SPARSE_COLUMNS,
	[rowguid] [uniqueidentifier] ROWGUIDCOL NOT NULL,
	[Photo] [varbinary](max) FILESTREAM NULL,
	[Phone] [nvarchar](20) MASKED WITH (FUNCTION = 'partial(0,"XXX",4)') NULL,
	[Total] AS (isnull([Code]+N'-',N'')) PERSISTED NOT NULL,
	[Label] AS [Name] + N' (' + [Code] + N')',
	[ValidFrom] [datetime2](7) GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
	[ValidTo] [datetime2](7) GENERATED ALWAYS AS ROW END HIDDEN NOT NULL,
	INDEX [IX_Store_Code] NONCLUSTERED ([Code]),
	PERIOD FOR SYSTEM_TIME ([ValidFrom], [ValidTo]),
 CONSTRAINT [PK_Store_StoreID] PRIMARY KEY CLUSTERED
(
	[StoreID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY],
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY] FILESTREAM_ON [FS]
GO
CREATE TABLE [Sales].[Sale](
	[SaleID] [int] NOT NULL CONSTRAINT [DF_Sale_SaleID] DEFAULT (NEXT VALUE FOR [Sales].[SaleSeq]),
	[StoreID] [int] NOT NULL,
	[Ticket] [nvarchar](20) NOT NULL,
	[Stamp] [uniqueidentifier] NOT NULL DEFAULT (newid()),
	[Amount] [money] NOT NULL CHECK ([Amount] >= 0)
) ON [PRIMARY]
GO
ALTER TABLE [Sales].[Sale] ADD CONSTRAINT [PK_Sale] PRIMARY KEY NONCLUSTERED ([SaleID] ASC)
  WITH (PAD_INDEX = OFF) ON [PRIMARY], CONSTRAINT [AK_Sale_Ticket] UNIQUE ([Ticket])
GO
ALTER TABLE [Sales].[Sale]  WITH CHECK ADD  CONSTRAINT [FK_Sale_Store] FOREIGN KEY([StoreID])
REFERENCES [Sales].[Store] ([StoreID])
GO
ALTER TABLE [Sales].[Sale] CHECK CONSTRAINT [FK_Sale_Store]
GO
CREATE UNIQUE NONCLUSTERED INDEX [AK_Sale_Stamp] ON [Sales].[Sale] ([Stamp] ASC)
  INCLUDE ([Amount]) WITH (PAD_INDEX = OFF) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [AK_Store_Phone] ON [Sales].[Store] ([Phone])
  WHERE [Phone] IS NOT NULL
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Stores.' ,
  @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Store'
GO`;

describe('SQL Server DDL as its own tools write it', () => {
  it('reads every table, key and type of a scripted schema, without errors', () => {
    const result = sqlToEr(SCRIPTED);
    expect(result).toMatchObject({ tables: 2, relationships: 1, errors: [] });
    expect(lines(result.diagram)).toEqual(
      expect.arrayContaining([
        'int StoreID PK',
        'name Name',
        'nvarchar(10) Code',
        'nvarchar(max) Notes',
        'xml Settings',
        'uniqueidentifier rowguid',
        'varbinary(max) Photo',
        'nvarchar(20) Phone',
        'computed Total',
        'computed Label',
        'datetime2(7) ValidFrom',
        'int SaleID PK',
        'nvarchar(20) Ticket UK',
        'uniqueidentifier Stamp UK',
        'Store ||--o{ Sale : "StoreID"',
      ]),
    );
    // A filtered unique index does not make its column unique.
    expect(result.diagram).not.toContain('Phone UK');
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { kind: 'SET', count: 2 },
        { kind: 'CREATE SCHEMA', count: 1 },
        { kind: 'CREATE TYPE', count: 1 },
        { kind: 'ALTER TABLE', count: 1 },
        { kind: 'EXEC', count: 1 },
      ]),
    );
  });

  it('starts a statement at a CREATE or ALTER TABLE line, as SQL Server needs no `;`', () => {
    const sql = [
      'SET NOCOUNT ON',
      'CREATE TABLE a (id int PRIMARY KEY)',
      'CREATE TABLE b (id int PRIMARY KEY, a_id int)',
      'ALTER TABLE b ADD CONSTRAINT fk FOREIGN KEY (a_id)',
      '  REFERENCES a (id)',
      'ALTER TABLE b ADD CONSTRAINT u UNIQUE (a_id)',
    ].join('\n');
    const texts = splitStatements(sql, 'transactsql').map((s) => s.text.split('\n')[0]);
    expect(texts).toEqual([
      'SET NOCOUNT ON',
      'CREATE TABLE a (id int PRIMARY KEY)',
      'CREATE TABLE b (id int PRIMARY KEY, a_id int)',
      'ALTER TABLE b ADD CONSTRAINT fk FOREIGN KEY (a_id)',
      'ALTER TABLE b ADD CONSTRAINT u UNIQUE (a_id)',
    ]);
    expect(sqlToEr(sql, { dialect: 'transactsql' })).toMatchObject({
      tables: 2,
      relationships: 1,
      errors: [],
    });
    // Other dialects end a statement only at `;`.
    expect(splitStatements(sql, 'postgresql')).toHaveLength(1);
  });

  it('leaves procedure bodies and temporary tables out', () => {
    const sql = [
      'CREATE PROCEDURE dbo.Load AS',
      'CREATE TABLE #staging (id int)',
      'GO',
      'CREATE TABLE #scratch (id int)',
      'GO',
      'CREATE TABLE kept (id int)',
      'GO',
    ].join('\n');
    expect(splitStatements(sql, 'transactsql')).toHaveLength(3);
    const result = sqlToEr(sql);
    expect(result).toMatchObject({ tables: 1, errors: [] });
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { kind: 'CREATE PROCEDURE', count: 1 },
        { kind: 'CREATE TEMPORARY TABLE', count: 1 },
      ]),
    );
  });
});
