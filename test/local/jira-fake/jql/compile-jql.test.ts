import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { searchKeys } from '../search-keys';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite({ bulkIssues: 3 }), { now: () => NOW });
const APP = null;

describe('JQL subset evaluated by the fake (now is 2026-11-10 12:00 UTC)', () => {
  it.each([
    ['project by key', 'project = PMO ORDER BY key', APP, ['PMO-1', 'PMO-2', 'PMO-3', 'PMO-4', 'PMO-5']],
    ['project IN a list', 'project in (OPS, SEC) ORDER BY key', APP, ['OPS-1', 'OPS-2', 'SEC-1']],
    ['project by name, any case', 'project = "pmo office" AND type = Epic', APP, ['PMO-1']],
    ['project by id', 'project = 10002 ORDER BY key', APP, ['OPS-1', 'OPS-2']],
    ['issue type', 'issuetype = Risk ORDER BY key', APP, ['OPS-2', 'PMO-3']],
    ['type alias with IN', 'type in (Bug, "Sub-task") ORDER BY key', APP, ['ENG-2', 'PMO-5']],
    ['status by name', 'status = "In Progress" ORDER BY key', APP, ['ENG-1', 'OPS-2', 'PMO-1', 'PMO-4', 'SEC-1']],
    ['status by id', 'status = 10001 ORDER BY key', APP, ['ENG-2', 'PMO-2']],
    ['status category by name', 'statusCategory = Done ORDER BY key', APP, ['ENG-2', 'PMO-2']],
    ['status category !=', 'statusCategory != "To Do" AND project = PMO ORDER BY key', APP, ['PMO-1', 'PMO-2', 'PMO-4']],
    ['a label', 'labels = raid-risk ORDER BY key', APP, ['OPS-2', 'PMO-3']],
    ['labels IN', 'labels in (backend, ops) ORDER BY key', APP, ['ENG-1', 'ENG-2', 'OPS-1']],
    ['labels IS EMPTY', 'labels is EMPTY AND project != ENG ORDER BY key', APP, ['PMO-4', 'PMO-5', 'SEC-1']],
    ['labels != leaves out issues without labels', 'labels != backend AND project != ENG ORDER BY key', APP, ['OPS-1', 'OPS-2', 'PMO-1', 'PMO-2', 'PMO-3']],
    ['labels NOT IN with EMPTY', 'labels not in (backend, EMPTY) AND project != ENG ORDER BY key', APP, ['OPS-1', 'OPS-2', 'PMO-1', 'PMO-2', 'PMO-3']],
    ['assignee by account id', 'assignee = acc-bob ORDER BY key', APP, ['ENG-1', 'ENG-2', 'PMO-4']],
    ['assignee = currentUser() only within what the user may browse', 'assignee = currentUser() ORDER BY key', USERS.bob, ['ENG-1', 'ENG-2']],
    ['currentUser() as the app matches nobody', 'assignee = currentUser()', APP, []],
    ['assignee IS EMPTY', 'assignee is EMPTY AND project in (PMO, OPS) ORDER BY key', APP, ['OPS-2', 'PMO-3', 'PMO-5']],
    ['assignee != leaves out unassigned issues', 'assignee != acc-bob ORDER BY key', APP, ['OPS-1', 'PMO-1', 'PMO-2']],
    ['reporter', 'reporter = acc-alice AND project = OPS ORDER BY key', APP, ['OPS-1', 'OPS-2']],
    ['priority', 'priority = High ORDER BY key', APP, ['ENG-1', 'PMO-1', 'PMO-3']],
    ['resolution = Unresolved', 'resolution = Unresolved AND project = ENG AND labels != bulk ORDER BY key', APP, ['ENG-1']],
    ['resolution IS NOT EMPTY', 'resolution is not EMPTY ORDER BY key', APP, ['ENG-2', 'PMO-2']],
    ['parent', 'parent = PMO-1 ORDER BY key', APP, ['PMO-2', 'PMO-3']],
    ['parent IN', 'parent in (PMO-1, PMO-4) ORDER BY key', APP, ['PMO-2', 'PMO-3', 'PMO-5']],
    ['key =', 'key = PMO-3', APP, ['PMO-3']],
    ['issuekey IN, any case', 'issuekey in (ENG-1, pmo-2) ORDER BY key', APP, ['ENG-1', 'PMO-2']],
    ['id =', 'id = 20009', APP, ['OPS-1']],
    ['key > within the project', 'key > PMO-3 ORDER BY key', APP, ['PMO-4', 'PMO-5']],
    ['created on or after an absolute date', 'created >= "2026-11-01" ORDER BY key', APP, ['PMO-4', 'PMO-5']],
    ['created in the last day', 'created >= -1d ORDER BY key', APP, ['PMO-4', 'PMO-5']],
    ['updated in the last 7 days', 'updated >= -7d AND labels != bulk ORDER BY key', APP, ['ENG-1', 'PMO-1']],
    [
      'updated in the last 7 days, issues without labels too',
      'updated >= -7d AND (labels is EMPTY OR labels != bulk) ORDER BY key',
      APP,
      ['ENG-1', 'PMO-1', 'PMO-4', 'PMO-5'],
    ],
    [
      'updated in the last 2 weeks',
      'updated >= -2w AND project in (PMO, ENG) AND (labels is EMPTY OR labels != bulk) ORDER BY key',
      APP,
      ['ENG-1', 'ENG-2', 'PMO-1', 'PMO-3', 'PMO-4', 'PMO-5'],
    ],
    ['created today: startOfDay()', 'created >= startOfDay() ORDER BY key', APP, ['PMO-5']],
    ['created since yesterday: startOfDay(-1)', 'created >= startOfDay(-1) ORDER BY key', APP, ['PMO-4', 'PMO-5']],
    ['created yesterday: between startOfDay(-1) and endOfDay(-1)', 'created > startOfDay(-1) AND created < endOfDay(-1)', APP, ['PMO-4']],
    ['overdue: duedate < now()', 'duedate < now() ORDER BY key', APP, ['PMO-2', 'PMO-4']],
    ['duedate IS EMPTY', 'duedate is EMPTY AND project = PMO ORDER BY key', APP, ['PMO-3', 'PMO-5']],
    ['duedate = a day', 'duedate = "2026-11-12"', APP, ['OPS-1']],
    ['duedate in a range, slashes and dashes', 'duedate >= "2026/11/12" AND duedate <= 2026-11-30 ORDER BY key', APP, ['ENG-1', 'OPS-1']],
    ['resolutiondate with a time', 'resolutiondate >= "2026-11-01 10:00"', APP, ['ENG-2']],
    ['resolved alias', 'resolved < "2026-11-01"', APP, ['PMO-2']],
    ['summary contains a word', 'summary ~ "risk" ORDER BY key', APP, ['OPS-2', 'PMO-3']],
    ['summary contains every word', 'summary ~ "steering review"', APP, ['PMO-4']],
    ['summary does not contain', 'summary !~ risk AND project = OPS', APP, ['OPS-1']],
    ['a number custom field by cf[id]', 'cf[10016] > 4 ORDER BY key', APP, ['ENG-1', 'PMO-1', 'PMO-2']],
    ['a number custom field by name, IN', '"Story Points" in (2, 3) ORDER BY key', APP, ['ENG-2', 'PMO-4']],
    ['a number custom field IS EMPTY', '"Story Points" is EMPTY AND project = PMO ORDER BY key', APP, ['PMO-3', 'PMO-5']],
    ['a select custom field by value', 'Probability = High', APP, ['PMO-3']],
    ['a select custom field by option id', 'cf[10030] = 10302', APP, ['OPS-2']],
    ['a date custom field', '"Start date" <= "2026-11-01"', APP, ['PMO-4']],
    ['AND with OR in parentheses', 'project = PMO AND (status = Done OR priority = Low) ORDER BY key', APP, ['PMO-2', 'PMO-4']],
    ['NOT', 'project = PMO AND NOT status = "To Do" ORDER BY key', APP, ['PMO-1', 'PMO-2', 'PMO-4']],
    ['NOT of a parenthesised OR', 'NOT (project = PMO OR project = ENG) ORDER BY key', APP, ['OPS-1', 'OPS-2', 'SEC-1']],
    ['linkedIssues(), links recorded on either side', 'issue in linkedIssues(PMO-3) ORDER BY key', APP, ['ENG-1', 'SEC-1']],
    ['linkedIssues() with a link description', 'issue in linkedIssues(ENG-1, "blocks")', APP, ['PMO-3']],
    ['linkedIssues() hides what the user cannot browse', 'issue in linkedIssues(PMO-3)', USERS.alice, ['ENG-1']],
    ['project category', 'category = "Alpha Program" AND type = Bug', APP, ['ENG-2']],
    [
      'every issue a user may browse, none of the others',
      'created >= "2000-01-01" ORDER BY key',
      USERS.carol,
      ['OPS-1', 'OPS-2', 'PMO-1', 'PMO-2', 'PMO-3', 'PMO-4', 'PMO-5'],
    ],
    ['a user without grants finds nothing', 'created >= "2000-01-01"', USERS.dana, []],
  ] as const)('finds %s', async (_name, jql, accountId, expected) => {
    expect(await searchKeys(fake, jql, accountId)).toEqual({ keys: expected });
  });

  it.each([
    ['no ORDER BY: created descending', 'project = ENG AND labels != bulk OR key = ENG-3', ['ENG-3', 'ENG-2', 'ENG-1']],
    ['created ascending', 'project = ENG AND (labels is EMPTY OR labels != bulk) ORDER BY created ASC', ['ENG-1', 'ENG-2', 'ENG-3']],
    ['duedate ascending, empty last (ties newest id first)', 'project = PMO ORDER BY duedate ASC', ['PMO-2', 'PMO-4', 'PMO-1', 'PMO-5', 'PMO-3']],
    ['duedate descending, empty first', 'project = PMO ORDER BY duedate DESC', ['PMO-5', 'PMO-3', 'PMO-1', 'PMO-4', 'PMO-2']],
    ['key descending', 'project = PMO ORDER BY key DESC', ['PMO-5', 'PMO-4', 'PMO-3', 'PMO-2', 'PMO-1']],
    ['key by number, not text', 'key in (ENG-100, ENG-2, ENG-3) ORDER BY key', ['ENG-2', 'ENG-3', 'ENG-100']],
    ['rank as creation order', 'project = ENG AND (labels is EMPTY OR labels != bulk) ORDER BY rank', ['ENG-1', 'ENG-2', 'ENG-3']],
    ['updated descending', 'project = ENG AND (labels is EMPTY OR labels != bulk) ORDER BY updated DESC', ['ENG-1', 'ENG-2', 'ENG-3']],
    ['a custom number field descending', '"Story Points" is not EMPTY ORDER BY "Story Points" DESC', ['PMO-1', 'ENG-1', 'PMO-2', 'PMO-4', 'ENG-2']],
    ['two fields', 'project in (PMO, ENG) AND priority in (High, Low) ORDER BY duedate ASC, key DESC', ['PMO-4', 'ENG-1', 'PMO-1', 'PMO-3', 'ENG-3']],
  ] as const)('orders by %s', async (_name, jql, expected) => {
    expect(await searchKeys(fake, jql, APP)).toEqual({ keys: expected });
  });

  it.each([
    ['a syntax error, with its position', 'project = ', APP, /^Error in the JQL Query: .*\(line 1, character \d+\)$/],
    ['a dangling AND', 'project = PMO AND', APP, /^Error in the JQL Query: /],
    ['an unknown field', 'foo = bar', APP, /^Field 'foo' does not exist or you do not have permission to view it\.$/],
    ['an unknown custom field', 'cf[99999] = 1', APP, /^Field 'cf\[99999\]' does not exist or you do not have permission to view it\.$/],
    ['a project the user cannot browse', 'project = SEC', USERS.bob, /^The value 'SEC' does not exist for the field 'project'\.$/],
    ['a project that does not exist', 'project in (PMO, NOPE)', APP, /^The value 'NOPE' does not exist for the field 'project'\.$/],
    ['a status that does not exist', 'status = Nonsense', APP, /^The value 'Nonsense' does not exist for the field 'status'\.$/],
    ['an issue type not on the site', 'issuetype = Assumption', APP, /^The value 'Assumption' does not exist for the field 'issuetype'\.$/],
    ['an unknown user', 'assignee = nobody', APP, /^The value 'nobody' does not exist for the field 'assignee'\.$/],
    ['an issue key that does not exist', 'key = PMO-999', APP, /^An issue with key 'PMO-999' does not exist for field 'key'\.$/],
    ['an issue key the user cannot browse', 'issue = SEC-1', USERS.alice, /^An issue with key 'SEC-1' does not exist for field 'issue'\.$/],
    ['an unparseable date', 'created > "yesterday"', APP, /^Date value 'yesterday' for field 'created' is invalid\./],
    ['an operator the field has no order for', 'status > Done', APP, /^The operator '>' is not supported by the 'status' field\.$/],
    ['= on a text field', 'summary = x', APP, /^The operator '=' is not supported by the 'summary' field\.$/],
    ['a number field given text', '"Story Points" > abc', APP, /not a valid number/],
    [
      'a query without a restriction',
      'ORDER BY created DESC',
      APP,
      /^Unbounded JQL queries are not allowed here\. Please add a search restriction to your query\.$/,
    ],
    ['an empty query', '', APP, /^Unbounded JQL queries are not allowed here/],
    ['ORDER BY an unknown field', 'project = PMO ORDER BY nosuch', APP, /^Field 'nosuch' does not exist/],
    ['more than 7 ORDER BY fields', 'project = PMO ORDER BY key, id, created, updated, duedate, summary, resolutiondate, rank', APP, /at most 7 fields/],
  ] as const)('answers 400 for %s', async (_name, jql, accountId, message) => {
    const outcome = await searchKeys(fake, jql, accountId);
    expect(outcome).toMatchObject({ status: 400 });
    expect('errorMessages' in outcome ? outcome.errorMessages : []).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it.each([
    ['a history operator (WAS)', 'status was Done', 'status was Done'],
    ['CHANGED', 'status changed', 'status changed'],
    ['a history operator with a time predicate', 'assignee was acc-bob before "2026-01-01"', 'assignee was acc-bob before "2026-01-01"'],
    ['a field outside the subset', 'project = PMO AND sprint in openSprints()', 'sprint in openSprints()'],
    ['a function outside the subset', 'assignee in membersOf("jira-users")', 'assignee in membersOf("jira-users")'],
    ['text search on description', 'description ~ "vendor"', 'description ~ "vendor"'],
    ['an entity property', 'issue.property[pmo].score = 1', 'issue.property[pmo].score = 1'],
    ['ordering by a field outside the subset', 'project = PMO ORDER BY status', 'ORDER BY status'],
  ])('answers 400 naming the clause for %s, so a test exposes the gap', async (_name, jql, clause) => {
    const outcome = await searchKeys(fake, jql, APP);
    expect(outcome).toMatchObject({ status: 400 });
    const messages = 'errorMessages' in outcome ? outcome.errorMessages : [];
    expect(messages.join(' ')).toContain('not supported by the Jira fake');
    expect(messages.join(' ')).toContain(`'${clause}'`);
    expect(messages.every((m) => m.startsWith('Error in the JQL Query:'))).toBe(true);
  });

  it('lists every problem of a query in one answer, as Jira does', async () => {
    const outcome = await searchKeys(fake, 'foo = 1 AND status = Nope', APP);
    expect(outcome).toEqual({
      status: 400,
      errorMessages: ["Field 'foo' does not exist or you do not have permission to view it.", "The value 'Nope' does not exist for the field 'status'."],
    });
  });
});
