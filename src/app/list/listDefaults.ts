/** Rows added to a list at a time (the main list and the region panel's list page alike). */
export const LIST_DEFAULTS = { pageSize: 100 };
