import type { Permissions } from '@forge/manifest';
import { parse } from 'yaml';
import { z } from 'zod';

const egressSchema = z.union([z.string(), z.looseObject({ address: z.string() })]);
const egressListSchema = z.array(egressSchema).optional();
const clientSchema = z.union([z.string(), z.looseObject({ address: z.string() }), z.object({ remote: z.string() })]);

const manifestSchema = z.looseObject({
  permissions: z
    .looseObject({
      content: z.looseObject({ scripts: z.array(z.string()).optional(), styles: z.array(z.literal('unsafe-inline')).optional() }).optional(),
      external: z
        .looseObject({
          fetch: z.looseObject({ client: z.array(clientSchema).optional() }).optional(),
          fonts: egressListSchema,
          frames: egressListSchema,
          images: egressListSchema,
          media: egressListSchema,
          scripts: egressListSchema,
          styles: egressListSchema,
        })
        .optional(),
    })
    .optional(),
  remotes: z.array(z.looseObject({ key: z.string(), baseUrl: z.string() })).optional(),
});

type Egress = z.infer<typeof egressSchema>;
type Remote = { readonly key: string; readonly baseUrl: string };

const addressOf = (egress: Egress): string => (typeof egress === 'string' ? egress : egress.address);

function clientAddress(client: z.infer<typeof clientSchema>, remotes: readonly Remote[]): string {
  if (typeof client === 'string') return client;
  if ('address' in client) return client.address;
  const remote = remotes.find((r) => r.key === client.remote);
  if (!remote) throw new Error(`manifest.yml: permissions.external.fetch.client names the remote "${client.remote}", which remotes does not declare.`);
  return remote.baseUrl;
}

/** Keeps only the lists the manifest declares, so an absent permission stays absent rather than becoming []. */
function lists<K extends string>(entries: readonly (readonly [K, readonly Egress[] | undefined])[]): Partial<Record<K, string[]>> {
  const result: Partial<Record<K, string[]>> = {};
  for (const [key, list] of entries) if (list !== undefined) result[key] = list.map(addressOf);
  return result;
}

/**
 * The part of manifest.yml's `permissions` that decides a Custom UI resource's Content-Security-Policy: `content`
 * (inline styles and scripts) and the `external` sources of each kind, as @forge/csp reads them. Egress objects become
 * their addresses and `fetch.client` remotes their base URLs, as the Forge tunnel resolves them.
 *
 * @example
 * parseManifestPermissions('permissions:\n  content:\n    styles: [unsafe-inline]\n');
 * // => { content: { styles: ['unsafe-inline'] } }
 */
export function parseManifestPermissions(manifestYaml: string): Permissions {
  const parsed = manifestSchema.safeParse(parse(manifestYaml));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new Error(`manifest.yml has permissions @forge/csp cannot read:\n  ${problems.join('\n  ')}`);
  }
  const { permissions, remotes = [] } = parsed.data;
  const result: Permissions = {};
  if (permissions?.content) {
    const { scripts, styles } = permissions.content;
    result.content = { ...(scripts === undefined ? {} : { scripts }), ...(styles === undefined ? {} : { styles }) };
  }
  const external = permissions?.external;
  if (external) {
    const client = external.fetch?.client;
    result.external = {
      ...lists([
        ['fonts', external.fonts],
        ['frames', external.frames],
        ['images', external.images],
        ['media', external.media],
        ['scripts', external.scripts],
        ['styles', external.styles],
      ] as const),
      ...(client === undefined ? {} : { fetch: { client: client.map((c) => clientAddress(c, remotes)) } }),
    };
  }
  return result;
}
