import {
  test,
  expect,
  corpusFile,
  newDocument,
  openSection,
  pasteIntoCodeEditor,
  preview,
} from './fixtures';

test('the seed’s CloudFormation template pasted into 8.1: its resources tabled and drawn, its broken !Ref marked at its line', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await openSection(page, '8. Deployment Architecture');
  await pasteIntoCodeEditor(
    page,
    'CloudFormation template',
    corpusFile('cloudformation/seed-scalable-web-application.yaml'),
  );
  await expect(page.getByRole('status', { name: 'CloudFormation template status' })).toHaveText(
    '7 resources; 1 problem marked in the template',
  );
  await expect(
    page.getByRole('list', { name: 'Problems in CloudFormation template' }),
  ).toContainText('Line 34');
  await expect(
    page.getByRole('list', { name: 'Problems in CloudFormation template' }),
  ).toContainText('!Ref PublicSubnet2: there is no resource or parameter of that name.');

  const rows = preview(page).getByRole('row');
  await expect(rows.filter({ hasText: 'RDSDatabase' })).toContainText(
    'db.t3.medium, postgres 13.7, Multi-AZ, backups kept 7 days, 100 GB',
  );
  await expect(rows.filter({ hasText: 'PublicSubnet1' })).toContainText('10.0.1.0/24, public IPs');
  const figure = preview(page).getByRole('figure', {
    name: '8.1 Infrastructure: cloud architecture',
  });
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 20_000 });
  await expect(figure.getByText('ApplicationLoadBalancer', { exact: true })).toBeVisible();

  // Fixed, the marker goes and the diagram follows.
  await pasteIntoCodeEditor(
    page,
    'CloudFormation template',
    corpusFile('cloudformation/seed-scalable-web-application.yaml').replace(
      '        - !Ref PublicSubnet2\n',
      '',
    ),
  );
  await expect(page.getByRole('status', { name: 'CloudFormation template status' })).toHaveText(
    '7 resources',
  );
  await expect(page.getByRole('list', { name: 'Problems in CloudFormation template' })).toHaveCount(
    0,
  );
});

test('a database in a public subnet is an inspection finding, fixed from its link', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '8. Deployment Architecture');
  const figure = preview(page).getByRole('figure', {
    name: '8.1 Infrastructure: cloud architecture',
  });
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 20_000 });
  await expect(figure.getByText('RDSDatabase', { exact: true })).toBeVisible();
  const template = corpusFile('cloudformation/seed-scalable-web-application.yaml');
  // The seed's database moved into its public subnet through a subnet group.
  await pasteIntoCodeEditor(
    page,
    'CloudFormation template',
    template
      .replace('        - !Ref PublicSubnet2\n', '')
      .replace(
        '      BackupRetentionPeriod: 7',
        '      BackupRetentionPeriod: 35\n      DBSubnetGroupName: !Ref Subnets\n\n  Subnets:\n    Type: AWS::RDS::DBSubnetGroup\n    Properties:\n      DBSubnetGroupDescription: Where the database runs\n      SubnetIds: [!Ref PublicSubnet1]',
      ),
  );
  await page.getByRole('button', { name: /^Inspections/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Inspections' });
  const finding = dialog.getByRole('listitem').filter({ hasText: 'RDSDatabase' });
  await expect(finding).toContainText(
    "RDSDatabase (8.1's template, line 42) is placed in PublicSubnet1, a public subnet (MapPublicIpOnLaunch): a data store belongs in private subnets, reached only by the services.",
  );
  // Its link leads to the template, where it is fixed.
  await finding.getByRole('button', { name: 'Open 8. Deployment Architecture' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('textbox', { name: 'CloudFormation template', exact: true }),
  ).toBeFocused();
  await pasteIntoCodeEditor(page, 'CloudFormation template', template);
  await page.getByRole('button', { name: /^Inspections/ }).click();
  await expect(dialog).not.toContainText('a public subnet');
});
