import type { Page } from 'playwright-core';

/** The rows of the table a caption names, as a reader sees them: the header row first, cells tab-separated. */
export const rowsOf = async (page: Page, caption: string) => page.getByRole('table', { name: caption }).getByRole('row').allInnerTexts();
