import type { JiraFake } from '../../local/jira-fake/create-jira-fake';

/** CPU time spent inside the Jira fake, which runs in the benchmark's own process. */
export interface FakeCpuMeter {
  /** CPU milliseconds (user + system) spent answering requests since the last reset. */
  readonly cpuMs: () => number;
  readonly reset: () => void;
}

/**
 * Wraps the fake's `handle` so the CPU time of answering each request (running the JQL over the site, rendering the
 * page) is counted apart from the app's own. Without injected latency the fake answers synchronously, so the time
 * taken until `handle` returns is all of its work; with latency the count misses the part after the delay.
 */
export function meterFakeCpu(fake: JiraFake): FakeCpuMeter {
  let micros = 0;
  const handle = fake.handle.bind(fake);
  fake.handle = (request) => {
    const start = process.cpuUsage();
    try {
      return handle(request);
    } finally {
      const spent = process.cpuUsage(start);
      micros += spent.user + spent.system;
    }
  };
  return {
    cpuMs: () => micros / 1000,
    reset: () => {
      micros = 0;
    },
  };
}
