import type { JiraFake } from '../../local/jira-fake/create-jira-fake';
import { collectGarbage } from './collect-garbage';
import type { FakeCpuMeter } from './meter-fake-cpu';
import type { PhaseMeasure } from './phase-measure';
import { startHeapSampler } from './start-heap-sampler';

/**
 * Runs one phase and measures it: the fake's traffic and points (reset first), process CPU, the fake's share of it, peak heap
 * and wall time; `meter` null leaves the fake's share unmeasured. Garbage is collected before the phase when Node exposes `gc`.
 */
export async function measurePhase(fake: JiraFake, meter: FakeCpuMeter | null, run: () => Promise<void>): Promise<PhaseMeasure> {
  collectGarbage();
  const baseHeapBytes = process.memoryUsage().heapUsed;
  fake.resetTraffic();
  meter?.reset();
  const sampler = startHeapSampler();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let peakHeapBytes = 0;
  try {
    await run();
  } finally {
    // Stopped either way, so a failed phase does not leave the sampler holding the process open.
    peakHeapBytes = sampler.stop();
  }
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  const traffic = fake.traffic();
  return {
    requests: traffic.total,
    byEndpoint: traffic.byEndpoint,
    points: traffic.points.total,
    bytesReceived: traffic.bytesSent,
    cpuMs: (cpu.user + cpu.system) / 1000,
    fakeCpuMs: meter === null ? null : meter.cpuMs(),
    peakHeapBytes,
    baseHeapBytes,
    wallMs,
  };
}
