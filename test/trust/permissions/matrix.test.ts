/**
 * The permission matrix: every resolver, called as each demo user the way its surface calls it, answers what that
 * user may see and do. The restricted user finds no trace of the hidden project in any answer; a call that names it
 * answers exactly as for a project that does not exist. Every admin-only write, called directly by anyone else, is
 * refused and changes nothing stored.
 */
import { demoHiddenProjectKey, demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import type { ResolverName } from '../../../src/contract/resolver-defs';
import { findHiddenTraces, hiddenProjectMarkers, type HiddenMarkers } from '../support/find-hidden-traces';
import { openRefreshedDemoApp, type RefreshedDemoApp } from '../support/open-refreshed-demo-app';
import { recordMetric } from '../support/record-metric';
import {
  adminWriteCalls,
  auditTemplate,
  cloneId,
  readCallsByResolver,
  type AdminWriteCall,
  type AdminWriteName,
  type ResolverCall,
} from '../support/resolver-calls';
import { runAdminWrites, type LooseEnvelope } from '../support/run-admin-writes';
import { storeSnapshot } from '../support/store-snapshot';

type Role = keyof typeof demoUsers;
const roles: readonly Role[] = ['admin', 'pm', 'executive', 'restricted'];
const now = new Date('2026-11-20T12:00:00.000Z');
const hidden = demoHiddenProjectKey;
/** A project key no site has: what the restricted user sees for the hidden project must be indistinguishable from it. */
const absent = 'ZZQ';

jest.setTimeout(120_000);

let demo: RefreshedDemoApp;
let markers: HiddenMarkers;
let adminFrozenId = '';
let adminBaselineId = '';
let cases = 0;
let passed = 0;

/** Counts a matrix case and whether it got to the end without a failed expectation. */
async function matrixCase(run: () => Promise<void>): Promise<void> {
  cases += 1;
  await run();
  passed += 1;
}

const namesHidden = (call: ResolverCall): boolean => findHiddenTraces(JSON.stringify(call.payload), { key: hidden, texts: [] }).length > 0;

/** What a call answers a role: ok, or the error code the design prescribes. */
function expectedOutcome(role: Role, call: ResolverCall): 'ok' | 'FORBIDDEN' | 'NOT_FOUND' {
  if (call.functionKey === 'getAuditLog') return role === 'admin' ? 'ok' : 'FORBIDDEN';
  if (call.functionKey === 'getFrozenReport') return 'NOT_FOUND';
  if (role === 'restricted' && namesHidden(call)) {
    const refusals: Partial<Record<ResolverName, 'FORBIDDEN' | 'NOT_FOUND'>> = {
      previewTemplate: 'NOT_FOUND',
      getProjectRaid: 'FORBIDDEN',
      getIssueGovernance: 'NOT_FOUND',
      getRagOverrides: 'FORBIDDEN',
      getChangeControl: 'NOT_FOUND',
    };
    return refusals[call.functionKey] ?? 'ok';
  }
  return 'ok';
}

/** A call with the hidden project's key swapped for one that does not exist. */
function withAbsentProject(call: ResolverCall): ResolverCall {
  const swap = (text: string) => text.replace(new RegExp(`\\b${hidden}\\b`, 'g'), absent);
  return {
    ...call,
    payload: JSON.parse(swap(JSON.stringify(call.payload))) as Record<string, unknown>,
    extension: JSON.parse(swap(JSON.stringify(call.extension))) as Record<string, unknown>,
  };
}

/**
 * An answer as text, for comparing the hidden project's answer with an absent one's: every field counts, the report's
 * "N items not shown" included (a hidden project named in a scope answers as an unknown key).
 */
function comparable(answer: LooseEnvelope, key: string): string {
  return JSON.stringify(answer).replace(new RegExp(`\\b${key}\\b`, 'g'), '<KEY>');
}

beforeAll(async () => {
  jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
  demo = await openRefreshedDemoApp(now);
  markers = hiddenProjectMarkers(demo.site, hidden);
  const published = await demo.invoke(
    {
      functionKey: 'publishStatusReport',
      payload: { scope: { kind: 'portfolio' }, period: '30d' },
      moduleKey: 'executive-status-report',
      extension: { type: 'macro' },
      label: 'admin',
    },
    demoUsers.admin.accountId,
  );
  const data = published.data;
  adminFrozenId = typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' ? data.id : '';
  const baseline = await demo.invoke(
    { functionKey: 'takeBaseline', payload: { name: 'Matrix baseline' }, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' }, label: 'admin' },
    demoUsers.admin.accountId,
  );
  const taken = baseline.data;
  adminBaselineId = typeof taken === 'object' && taken !== null && 'id' in taken && typeof taken.id === 'string' ? taken.id : '';
});

afterAll(async () => {
  recordMetric('permissions', 'resolver-matrix', { cases, failures: cases - passed });
  await demo.app.close();
  jest.useRealTimers();
});

const readCases = (): [Role, string, ResolverCall][] => {
  // The demo site depends on `now` alone, so the calls can be listed before beforeAll opens the app on it.
  const calls = Object.values(readCallsByResolver(generateDemoSite({ now }))).flat();
  return roles.flatMap((role) => calls.map((call): [Role, string, ResolverCall] => [role, `${call.functionKey} ${call.label}`, call]));
};

describe('every resolver as every demo user', () => {
  it.each(readCases())('answers %s what they may see for %s', async (role, _name, call) => {
    await matrixCase(async () => {
      const answer = await demo.invoke(call, demoUsers[role].accountId);
      const expected = expectedOutcome(role, call);
      expect(answer.ok ? 'ok' : answer.error?.code).toBe(expected);
      if (role !== 'restricted') return;
      if (namesHidden(call)) {
        const absentAnswer = await demo.invoke(withAbsentProject(call), demoUsers[role].accountId);
        expect(comparable(answer, hidden)).toBe(comparable(absentAnswer, absent));
      } else {
        expect(findHiddenTraces(JSON.stringify(answer), markers)).toEqual([]);
      }
    });
  });

  it.each(roles)('tells %s whether they may edit governance settings, as Jira says', async (role) => {
    await matrixCase(async () => {
      const call = readCallsByResolver(demo.site).listTemplates[0];
      const viewerCall = readCallsByResolver(demo.site).getViewer[0];
      if (call === undefined || viewerCall === undefined) throw new Error('no listTemplates or getViewer call');
      const list = await demo.invoke(call, demoUsers[role].accountId);
      const viewer = await demo.invoke(viewerCall, demoUsers[role].accountId);
      expect(list.data).toMatchObject({ canEdit: role === 'admin' });
      expect(viewer.data).toMatchObject({ isAdmin: role === 'admin' });
    });
  });

  it.each(roles)("lets %s open the admin's published portfolio report only when they may browse every project in it", async (role) => {
    await matrixCase(async () => {
      const call: ResolverCall = {
        functionKey: 'getFrozenReport',
        payload: { id: adminFrozenId },
        moduleKey: 'executive-status-report',
        extension: { type: 'macro' },
        label: 'admin report',
      };
      const answer = await demo.invoke(call, demoUsers[role].accountId);
      expect(answer.ok ? 'ok' : answer.error?.code).toBe(role === 'restricted' ? 'NOT_FOUND' : 'ok');
      if (role === 'restricted') expect(findHiddenTraces(JSON.stringify(answer), markers)).toEqual([]);
    });
  });
});

describe("a report since the admin's baseline", () => {
  it.each(roles)('shows %s only the projects they may browse, though the baseline holds every project', async (role) => {
    await matrixCase(async () => {
      const call: ResolverCall = {
        functionKey: 'getStatusReport',
        payload: { scope: { kind: 'portfolio' }, period: { baselineId: adminBaselineId } },
        moduleKey: 'executive-status-report',
        extension: { type: 'macro' },
        label: 'since the baseline',
      };
      const answer = await demo.invoke(call, demoUsers[role].accountId);
      expect(answer.ok ? 'ok' : answer.error?.code).toBe('ok');
      const report = JSON.stringify(answer.data);
      expect(report).toContain('"kind":"since-baseline"');
      if (role === 'restricted') expect(findHiddenTraces(report, markers)).toEqual([]);
      else expect(report).toContain(`"projectKey":"${hidden}"`);
    });
  });
});

function adminCall(name: AdminWriteName): AdminWriteCall {
  const call = adminWriteCalls('{}').find((c) => c.functionKey === name);
  if (call === undefined) throw new Error(`No admin write ${name}`);
  return call;
}

describe('the admin-only writes', () => {
  const nonAdmins: readonly Role[] = ['pm', 'executive', 'restricted'];
  let exported = '';

  beforeAll(async () => {
    const writes = await runAdminWrites((call) => demo.invoke(call, demoUsers.admin.accountId));
    expect(writes.filter((w) => !w.answer.ok)).toEqual([]);
    const answer = await demo.invoke(
      { ...adminCall('saveTemplate'), functionKey: 'exportTemplates', payload: { ids: [cloneId, auditTemplate.id] }, label: 'export' },
      demoUsers.admin.accountId,
    );
    const data = answer.data;
    exported = typeof data === 'object' && data !== null && 'json' in data && typeof data.json === 'string' ? data.json : '';
    expect(exported).toContain(cloneId);
  });

  const writeCases = (): [Role, string, ResolverCall][] =>
    nonAdmins.flatMap((role) => [
      ...adminWriteCalls('{}').map((call): [Role, string, ResolverCall] => [role, call.functionKey, call]),
      [
        role,
        'assignTemplate on the hidden project',
        { ...adminCall('assignTemplate'), payload: { projectKey: hidden, templateId: 'scrum', program: 'Elsewhere' } },
      ],
      [
        role,
        'saveTemplate over the current version',
        { ...adminCall('saveTemplate'), payload: { template: { ...auditTemplate, name: 'Taken over' }, expectedVersion: 1 } },
      ],
    ]);

  it.each(writeCases())('refuses %s a direct %s call and changes nothing stored', async (role, _name, call) => {
    await matrixCase(async () => {
      const payload = call.functionKey === 'importTemplates' ? { json: exported } : call.payload;
      const before = await storeSnapshot(demo.app.store);
      const answer = await demo.invoke({ ...call, payload }, demoUsers[role].accountId);
      expect(answer.ok ? 'ok' : answer.error?.code).toBe('FORBIDDEN');
      expect(await storeSnapshot(demo.app.store)).toEqual(before);
      if (role === 'restricted') expect(findHiddenTraces(JSON.stringify(answer), markers)).toEqual([]);
    });
  });
});
