import type { Frame, Locator, Page } from 'playwright-core';

/**
 * Enters a day (YYYY-MM-DD) in an @atlaskit/datetime-picker DatePicker from the keyboard, as a keyboard user would:
 * type it in the labelled field and confirm with Enter, which the picker parses with its date format.
 */
export async function chooseDay(scope: Page | Frame | Locator, label: string, day: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(day);
  await field.press('Enter');
}
