import type { JiraFakeOptions } from './create-jira-fake';
import { faultOptionsFromEnv } from './fault-options-from-env';
import { pointsOptionsFromEnv } from './points-options-from-env';

/**
 * The fake's options from the environment, for a fake started without options of its own (npm start): faults
 * (PMO_FAKE_429_RATE and the rest), points quota and burst limit (PMO_FAKE_POINTS_TIER and the rest) and
 * PMO_FAKE_TRAFFIC_LOG. The clock is the real one. Bad values fail loudly, naming the variable.
 *
 * @example
 * fakeOptionsFromEnv({ PMO_FAKE_POINTS_QUOTA: '6500' }); // { faults: {}, points: { quota: 6500 } }
 */
export function fakeOptionsFromEnv(env: NodeJS.ProcessEnv): JiraFakeOptions {
  const trafficLog = env.PMO_FAKE_TRAFFIC_LOG;
  return {
    faults: faultOptionsFromEnv(env),
    points: pointsOptionsFromEnv(env),
    ...(trafficLog === undefined || trafficLog.trim() === '' ? {} : { trafficLog }),
  };
}
