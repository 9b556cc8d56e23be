import type { Frame, Locator, Page } from 'playwright-core';

/**
 * Picks an option of an @atlaskit/select from the keyboard, as a keyboard user would: focus the labelled field, open
 * its menu with the down arrow, then choose the option by its visible name.
 */
export async function chooseOption(scope: Page | Frame | Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByLabel(label, { exact: true }).press('ArrowDown');
  await scope.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
