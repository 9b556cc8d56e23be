import { statSync } from 'node:fs';
import path from 'node:path';
// The bundler and CLI library that `forge deploy` itself runs: @forge/cli pins its own versions, so they are taken
// from beside it rather than from whatever version the project might hoist.
import { getNodeBundler, getWrapperProvider } from '@forge/cli/node_modules/@forge/bundler';
import {
  ConfigFile,
  DirectoryArchiver,
  FileSystemReader,
  FileSystemWriter,
  MultiArchiver,
  ZipArchiver,
  type Handler,
} from '@forge/cli/node_modules/@forge/cli-shared';
import { RuntimeBundler } from '@forge/cli/out/deploy/packager/runtime-bundler';
import { createCollectingLogger } from './create-collecting-logger';
import { createOfflineStatsig } from './create-offline-statsig';

/** What packaging the back end as `forge deploy` does produced. */
export interface PackagedBackend {
  /** The manifest's handlers, `module.function`. */
  readonly handlers: readonly Handler[];
  /** The zip `forge deploy` would upload. */
  readonly archivePath: string;
  readonly archiveBytes: number;
  /** The same files unpacked, to load the bundle from. */
  readonly unpackedDir: string;
  /** Warnings the bundler printed (webpack's and ts-loader's). */
  readonly warnings: readonly string[];
}

/**
 * Packages the app's back end with Atlassian's own code: @forge/cli's RuntimeBundler around @forge/bundler's
 * getNodeBundler, fed by @forge/cli-shared's ConfigFile reading manifest.yml from the working directory. The Forge
 * runtime scripts the bundler would download come from `runtimePath` (FORGE_RUNTIME_PATH).
 */
export async function packageBackend(runtimePath: string, unpackedDir: string): Promise<PackagedBackend> {
  process.env.FORGE_RUNTIME_PATH = runtimePath;
  const logger = createCollectingLogger();
  const fileReader = new FileSystemReader();
  const configFile = new ConfigFile(fileReader, new FileSystemWriter());
  const statsigService = createOfflineStatsig(logger);
  const bundler = getNodeBundler(logger, getWrapperProvider({ fileSystemReader: fileReader, statsigService }), configFile, statsigService);
  const archiverFactory = async () => new MultiArchiver([await ZipArchiver.create(logger), new DirectoryArchiver(unpackedDir)]);
  const runtimeBundler = new RuntimeBundler(archiverFactory, logger, bundler, fileReader, configFile);
  const handlers = await configFile.getAppHandlers();
  const { runtimeArchivePath } = await runtimeBundler.bundle(handlers, { exists: false });
  // MultiArchiver answers with the first archiver's path: the zip.
  const archivePath = path.resolve(runtimeArchivePath);
  return { handlers, archivePath, archiveBytes: statSync(archivePath).size, unpackedDir, warnings: [...logger.warnings, ...logger.errors] };
}
