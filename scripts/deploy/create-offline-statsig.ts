import { StatsigService, type Logger } from '@forge/cli/node_modules/@forge/cli-shared';

/**
 * The Forge CLI's feature-flag service as it behaves when Atlassian's flag service cannot be reached: every gate and
 * dynamic config unknown, so each caller takes its built-in default. The packaging check runs offline; asking the
 * service would only fail and land on the same defaults.
 */
class OfflineStatsigService extends StatsigService {
  constructor(logger: Logger) {
    super(
      logger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('Not logged in: the packaging check runs offline.')) },
      { readConfigSection: () => Promise.resolve('missing') },
    );
  }

  override checkGate(): Promise<boolean | null> {
    return Promise.resolve(null);
  }

  override getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}

/** Makes the offline feature-flag service the bundler and runtime-script provider take. */
export function createOfflineStatsig(logger: Logger): StatsigService {
  return new OfflineStatsigService(logger);
}
