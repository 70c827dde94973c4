import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { WORK } from '../support/paths.ts';
import { expect, test } from '../support/test.ts';

// Damaged project files brought to light: issue 29, item 4.

test.use({ viewport: { width: 1280, height: 720 } });

const TRUNCATED = '{"schemaVersion": 1, "meta": {"id": "cut-short", "na';

/** Opens the project list over a good project, one whose meta lacks updatedAt, and a file cut short. */
async function listWithDamage(page: Page, editor: Parameters<Parameters<typeof test>[2]>[0]['editor']) {
  const good = await editor.createProject({ ...richSnapshot(), meta: { name: 'Landing page' } });
  const dateless = JSON.parse(await readFile(path.join(editor.dataDir, `${good.meta.id}.json`), 'utf8'));
  dateless.meta = { id: 'no-date', name: 'Pricing', createdAt: dateless.meta.createdAt };
  await writeFile(path.join(editor.dataDir, 'no-date.json'), JSON.stringify(dateless));
  await writeFile(path.join(editor.dataDir, 'cut-short.json'), TRUNCATED);
  await editor.kill();
  await editor.restart();
  await page.goto(`${editor.url}/projects/${good.meta.id}`);
  await page.getByRole('button', { name: 'Open project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  await expect(dialog.getByRole('list', { name: 'Projects' }).getByRole('listitem')).toHaveCount(3);
  return dialog;
}

test('a damaged project is listed greyed with its problem; it downloads as it is and goes to the trash', async ({
  page,
  editor,
}) => {
  const dialog = await listWithDamage(page, editor);
  const rows = dialog.getByRole('list', { name: 'Projects' }).getByRole('listitem');
  const cut = rows.filter({ hasText: 'cut-short.json' });
  await expect(cut).toContainText('Damaged, cannot be opened: it is not a whole JSON snapshot');
  await expect(rows.filter({ hasText: 'Pricing' })).toContainText('meta.updatedAt is missing or not a date');
  // Nothing opens it: Download and Delete are all it offers.
  await expect(cut.getByRole('button')).toHaveText(['Delete']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cut.getByRole('link', { name: 'Download the damaged file of cut-short.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cut-short.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(TRUNCATED);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(WORK, `damaged-projects-${scheme}.png`) });
  }

  await cut.getByRole('button', { name: 'Delete cut-short.json' }).click();
  await expect(dialog.getByRole('status')).toContainText('cut-short.json');
  await expect(rows).toHaveCount(2);
  await dialog.getByRole('tab', { name: 'Trash' }).click();
  await expect(dialog.getByRole('list', { name: 'Trash' })).toContainText('cut-short.json');
});
