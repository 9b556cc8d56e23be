import type { SiteIndex } from './create-site-index';

/**
 * A user as Jira embeds one (changelog author, project lead): self, account id, name, avatars, active, time zone.
 * Users missing from the site file still render, from what the reference itself says.
 */
export function presentUser(reference: { accountId: string; displayName?: string | undefined }, index: SiteIndex): Record<string, unknown> {
  const user = index.userById.get(reference.accountId);
  const base = index.site.baseUrl.replace(/\/+$/, '');
  const avatar = (size: number): string => `${base}/secure/useravatar?size=${size}&ownerId=${encodeURIComponent(reference.accountId)}`;
  return {
    self: `${base}/rest/api/3/user?accountId=${encodeURIComponent(reference.accountId)}`,
    accountId: reference.accountId,
    accountType: user?.accountType ?? 'atlassian',
    displayName: user?.displayName ?? reference.displayName ?? reference.accountId,
    active: user?.active ?? true,
    timeZone: 'UTC',
    avatarUrls: { '16x16': avatar(16), '24x24': avatar(24), '32x32': avatar(32), '48x48': avatar(48) },
  };
}
