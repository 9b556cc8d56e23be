import { statSync } from 'node:fs';
import {
  BridgeScriptService,
  ConfigFile,
  FileSystemReader,
  FileSystemWriter,
  IframeResizerScriptService,
  ZipArchiver,
} from '@forge/cli/node_modules/@forge/cli-shared';
import { ResourcePackagingService } from '@forge/cli/out/service/resource-packaging-service';
import { createCollectingLogger } from './create-collecting-logger';

/** One Custom UI resource as `forge deploy` zips it. */
export interface PackagedResource {
  readonly key: string;
  readonly path: string;
  readonly zipBytes: number;
  readonly fileCount: number;
}

/**
 * Zips every resource in manifest.yml with @forge/cli's own ResourcePackagingService, which refuses a missing or
 * empty folder and an index.html it cannot inject Forge's bridge into; its error is the one `forge deploy` prints.
 */
export async function packageResources(): Promise<PackagedResource[]> {
  const fileReader = new FileSystemReader();
  const configFile = new ConfigFile(fileReader, new FileSystemWriter());
  const resources = await configFile.getResources();
  const logger = createCollectingLogger();
  const packager = new ResourcePackagingService(
    () => ZipArchiver.create(logger),
    fileReader,
    process.cwd(),
    new BridgeScriptService(),
    new IframeResizerScriptService(),
  );
  const archives = await packager.zipResources(resources, { exists: false });
  return resources.map(({ key, path }) => {
    const archive = archives[key];
    if (archive === undefined) throw new Error(`The resource packager made no archive for resource "${key}".`);
    return { key, path, zipBytes: statSync(archive.zipPath).size, fileCount: archive.fileCount };
  });
}
