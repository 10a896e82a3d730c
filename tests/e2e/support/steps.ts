/**
 * Tests that are steps of one story on one page: each builds on the page the previous one
 * left. Once a step fails, the later ones fail at once, saying so, instead of each waiting
 * for its own timeout on a page in an unexpected state.
 */
export function storySteps(): (
  name: string,
  step: () => Promise<void> | void,
  timeoutMs?: number
) => void {
  let failed: string | null = null;
  return (name, step, timeoutMs) =>
    it(
      name,
      async () => {
        if (failed !== null) throw new Error(`Not run: the earlier step "${failed}" failed.`);
        try {
          await step();
        } catch (error) {
          failed = name;
          throw error;
        }
      },
      timeoutMs
    );
}
