/** How many storage calls run at once: enough to be quick, few enough not to flood the store. */
const PARALLEL = 8;

/** Runs `work` over `inputs` a few at a time, answering the results in input order. */
export async function inBatches<T, R>(inputs: readonly T[], work: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < inputs.length; i += PARALLEL) results.push(...(await Promise.all(inputs.slice(i, i + PARALLEL).map(work))));
  return results;
}
