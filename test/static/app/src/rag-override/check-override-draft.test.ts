import fc from 'fast-check';
import { checkRagOverride } from '../../../../../src/domain/rag-override/check-rag-override';
import { MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON } from '../../../../../src/domain/rag-override/override-limits';
import { checkOverrideDraft, type OverrideDraft, type OverrideDraftProblems } from '../../../../../static/app/src/rag-override/check-override-draft';
import { overrideDayBounds } from '../../../../../src/domain/rag-override/override-day-bounds';
import { anOverride } from './a-rag-overrides';

const now = '2026-11-21T10:00:00.000Z';
const bounds = overrideDayBounds(Date.parse(now));
const good: OverrideDraft = { target: 'cost', rag: 'amber', reason: 'Vendor credit agreed', expiresOn: '2026-12-15' };

describe('checkOverrideDraft', () => {
  it.each<[string, OverrideDraft, OverrideDraft]>([
    ['sends a complete draft as it is', good, good],
    ['tidies white space in the reason as the app does', { ...good, reason: '  Vendor   credit\n agreed ' }, good],
    ['accepts today as the last day', { ...good, expiresOn: '2026-11-21' }, { ...good, expiresOn: '2026-11-21' }],
    ['accepts the 90th day ahead', { ...good, expiresOn: '2027-02-19' }, { ...good, expiresOn: '2027-02-19' }],
    [
      'accepts a reason of exactly the shortest length',
      { ...good, reason: 'x'.repeat(MIN_OVERRIDE_REASON) },
      { ...good, reason: 'x'.repeat(MIN_OVERRIDE_REASON) },
    ],
    [
      'accepts a reason of exactly the longest length',
      { ...good, reason: 'x'.repeat(MAX_OVERRIDE_REASON) },
      { ...good, reason: 'x'.repeat(MAX_OVERRIDE_REASON) },
    ],
  ])('%s', (_name, draft, payload) => {
    expect(checkOverrideDraft(draft, bounds)).toEqual({ ok: true, payload });
  });

  it.each<[string, OverrideDraft, OverrideDraftProblems]>([
    ['asks for a colour when none is chosen', { ...good, rag: null }, { rag: 'Choose a colour.' }],
    [
      'asks why when the reason is too short once tidied',
      { ...good, reason: '  too   short  ' },
      { reason: 'Say why the colour is set by hand: at least 10 characters.' },
    ],
    ['counts a reason that is too long', { ...good, reason: 'y'.repeat(501) }, { reason: 'The reason is at most 500 characters; this one has 501.' }],
    ['asks for a last day when none is given', { ...good, expiresOn: '' }, { expiresOn: 'Choose the last day the colour applies.' }],
    [
      'refuses a day that is not on the calendar',
      { ...good, expiresOn: '2026-02-30' },
      { expiresOn: 'Give the last day as a calendar date such as 2027-02-19.' },
    ],
    ['refuses yesterday', { ...good, expiresOn: '2026-11-20' }, { expiresOn: '2026-11-20 has passed; choose today (2026-11-21) or later.' }],
    ['refuses the 91st day ahead', { ...good, expiresOn: '2027-02-20' }, { expiresOn: 'An override lasts at most 90 days: choose 2027-02-19 or earlier.' }],
    [
      'lists every problem at once',
      { target: 'overall', rag: null, reason: '', expiresOn: '' },
      { rag: 'Choose a colour.', reason: 'Say why the colour is set by hand: at least 10 characters.', expiresOn: 'Choose the last day the colour applies.' },
    ],
  ])('%s', (_name, draft, problems) => {
    expect(checkOverrideDraft(draft, bounds)).toEqual({ ok: false, problems });
  });

  it('accepts exactly the drafts the app accepts, for any reason and day', () => {
    const day = fc.integer({ min: -5, max: 95 }).map((offset) => new Date(Date.parse(now) + offset * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.string({ maxLength: 520 }), day, (reason, expiresOn) => {
        const client = checkOverrideDraft({ ...good, reason, expiresOn }, bounds).ok;
        let server = true;
        try {
          checkRagOverride(anOverride({ reason, expiresOn }), now);
        } catch {
          server = false;
        }
        expect(client).toBe(server);
      }),
    );
  });
});
