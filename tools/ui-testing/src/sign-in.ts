import type { Page } from "playwright-core";

/** Every demo account signs in with this password. */
const demoPassword = "gantry-demo";

/**
 * Signs in through the shell's own form as a demo account (scheduler, coordinator, …) and waits
 * until the shell shows the signed-in user's menu.
 */
export async function signInThroughShell(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "User menu" }).waitFor();
}

/** Opens an area from the shell's area navigation, as a user would. */
export async function openArea(page: Page, area: string): Promise<void> {
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: area }).click();
}
