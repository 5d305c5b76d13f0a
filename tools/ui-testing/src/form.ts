import type { Locator, Page } from "playwright-core";

/** Text as written, not as styled (badges are uppercased by CSS). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? "";
}

/** A form field by its label; required fields' labels end in an asterisk. */
export function field(page: Page, label: string): Locator {
  // A select's open option list carries its label too; the field is the input.
  return page.getByLabel(new RegExp(`^${label}( \\*)?$`)).and(page.locator("input"));
}

/** Picks an option of a select or autocomplete, typing `search` first when given. */
export async function chooseOption(page: Page, label: string, search: string, option: string | RegExp): Promise<void> {
  const input = field(page, label);
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole("option", { name: option }).click();
}

/** Types a date (YYYY-MM-DD) into a date field and leaves it, as a user tabbing on would. */
export async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = field(page, label);
  await input.fill(date);
  await input.press("Tab");
}
