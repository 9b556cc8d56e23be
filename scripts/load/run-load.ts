/** One kind of call the load run makes, and how to tell a good answer from a bad one. */
export interface LoadScenario {
  readonly name: string;
  readonly call: (iteration: number) => Promise<unknown>;
}

export interface ScenarioResult {
  readonly name: string;
  readonly latenciesMs: readonly number[];
  readonly errors: number;
  readonly firstError: string | null;
}

/** An answer counts as an error when the call throws or answers an `{ ok: false }` envelope. */
function isErrorAnswer(answer: unknown): string | null {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false) {
    const error = 'error' in answer ? JSON.stringify(answer.error) : 'ok: false';
    return error;
  }
  return null;
}

/**
 * Runs `total` calls spread over the scenarios round-robin, `concurrency` at a time, and times each one. Bounded in
 * count: it stops by itself.
 */
export async function runLoad(scenarios: readonly LoadScenario[], total: number, concurrency: number): Promise<{ results: ScenarioResult[]; wallMs: number }> {
  const results = scenarios.map((s) => ({ name: s.name, latenciesMs: [] as number[], errors: 0, firstError: null as string | null }));
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const iteration = next;
      next += 1;
      if (iteration >= total) return;
      const index = iteration % scenarios.length;
      const scenario = scenarios[index];
      const result = results[index];
      if (!scenario || !result) return;
      const at = performance.now();
      let problem: string | null;
      try {
        problem = isErrorAnswer(await scenario.call(iteration));
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      result.latenciesMs.push(performance.now() - at);
      if (problem !== null) {
        result.errors += 1;
        result.firstError ??= problem;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { results, wallMs: performance.now() - started };
}
