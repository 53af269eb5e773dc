/** Lets the page run other work (input, drawing) before the caller continues: long start-up work is cut into tasks with it. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
