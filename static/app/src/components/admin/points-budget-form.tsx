import { Radio } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import Button from '@atlaskit/button/new';
import { useId, useState, type FormEvent } from 'react';
import { backgroundPointsPerHour } from '../../../../../src/domain/points';
import { hourlyQuotaOf } from '../../../../../src/domain/points';
import { jiraPlans, type JiraPlan, type PointsBudgetSetting, type PointsTier } from '../../../../../src/domain/points';
import { checkBudgetDraft, type BudgetDraft, type BudgetDraftProblems } from '../../admin/check-budget-draft';
import { formatCount } from '../../points/format-count';

export interface PointsBudgetFormProps {
  readonly setting: PointsBudgetSetting;
  readonly busy: boolean;
  /** The app's refusal of the last save, or null. */
  readonly refusal: string | null;
  readonly onSave: (setting: PointsBudgetSetting) => void;
}

const tierChoices: readonly { readonly value: PointsTier; readonly label: string; readonly hint: string }[] = [
  { value: 'tier1', label: 'Tier 1', hint: 'Every new app: 65,000 points an hour shared by every site that installs it.' },
  { value: 'tier2', label: 'Tier 2', hint: 'After Atlassian’s review: a quota for this site that grows with its plan and users.' },
  { value: 'custom', label: 'A quota Atlassian granted', hint: 'Points an hour for this site, as Atlassian stated it.' },
];
const planLabels: Record<JiraPlan, string> = { standard: 'Standard', premium: 'Premium', enterprise: 'Enterprise' };
const planOptions: readonly { readonly value: JiraPlan; readonly label: string }[] = jiraPlans.map((plan) => ({ value: plan, label: planLabels[plan] }));

function draftOf(setting: PointsBudgetSetting): BudgetDraft {
  return {
    tier: setting.tier,
    plan: setting.tier === 'tier2' ? setting.plan : 'standard',
    users: setting.tier === 'tier2' ? String(setting.users) : '',
    pointsPerHour: setting.tier === 'custom' ? String(setting.pointsPerHour) : '',
  };
}

/** What a valid draft would give, so the admin sees the figures before saving. */
function previewOf(draft: BudgetDraft): string | null {
  const checked = checkBudgetDraft(draft);
  if (!checked.ok) return null;
  const quota = hourlyQuotaOf(checked.setting);
  return `Gives ${formatCount(quota.pointsPerHour)} points an hour${quota.sharedWithOtherSites ? ' shared by every site' : ' for this site'}; refresh would use at most ${formatCount(backgroundPointsPerHour(checked.setting))} an hour.`;
}

/** Jira administrators' form to say which rate-limit tier the app is on; checked here before the app checks again. */
export function PointsBudgetForm({ setting, busy, refusal, onSave }: PointsBudgetFormProps) {
  const [draft, setDraft] = useState<BudgetDraft>(() => draftOf(setting));
  const [problems, setProblems] = useState<BudgetDraftProblems>({});
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    tier: `${id}-tier`,
    plan: `${id}-plan`,
    users: `${id}-users`,
    usersError: `${id}-users-error`,
    points: `${id}-points`,
    pointsError: `${id}-points-error`,
    preview: `${id}-preview`,
  };
  const change = (next: Partial<BudgetDraft>) => {
    setDraft({ ...draft, ...next });
    setProblems({});
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkBudgetDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      document.getElementById(checked.problems.users === undefined ? ids.points : ids.users)?.focus();
      return;
    }
    onSave(checked.setting);
  };
  const preview = previewOf(draft);

  return (
    <form className="pmo-points-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Change the points budget</h3>
      <fieldset className="pmo-points-tiers">
        <legend>Rate-limit tier of the app</legend>
        {tierChoices.map((choice) => (
          <div className="pmo-points-tier-choice" key={choice.value}>
            <Radio
              id={`${ids.tier}-${choice.value}`}
              name={ids.tier}
              value={choice.value}
              label={choice.label}
              isChecked={draft.tier === choice.value}
              aria-describedby={`${ids.tier}-${choice.value}-hint`}
              onChange={() => {
                change({ tier: choice.value });
              }}
            />
            <span className="pmo-hint" id={`${ids.tier}-${choice.value}-hint`}>
              {choice.hint}
            </span>
          </div>
        ))}
      </fieldset>
      {draft.tier === 'tier2' && (
        <div className="pmo-field-row">
          <div className="pmo-field">
            <label htmlFor={ids.plan}>Jira plan</label>
            <Select
              inputId={ids.plan}
              options={planOptions}
              value={planOptions.find((option) => option.value === draft.plan) ?? null}
              isSearchable={false}
              menuPlacement="auto"
              onChange={(option) => {
                if (option) change({ plan: option.value });
              }}
            />
          </div>
          <div className="pmo-field">
            <label htmlFor={ids.users}>Number of users</label>
            <Textfield
              id={ids.users}
              inputMode="numeric"
              value={draft.users}
              isInvalid={problems.users !== undefined}
              aria-describedby={problems.users === undefined ? undefined : ids.usersError}
              onChange={(event) => {
                change({ users: event.currentTarget.value });
              }}
            />
            {problems.users !== undefined && (
              <p className="pmo-field-error" id={ids.usersError}>
                {problems.users}
              </p>
            )}
          </div>
        </div>
      )}
      {draft.tier === 'custom' && (
        <div className="pmo-field">
          <label htmlFor={ids.points}>Points an hour</label>
          <Textfield
            id={ids.points}
            inputMode="numeric"
            value={draft.pointsPerHour}
            isInvalid={problems.pointsPerHour !== undefined}
            aria-describedby={problems.pointsPerHour === undefined ? undefined : ids.pointsError}
            onChange={(event) => {
              change({ pointsPerHour: event.currentTarget.value });
            }}
          />
          {problems.pointsPerHour !== undefined && (
            <p className="pmo-field-error" id={ids.pointsError}>
              {problems.pointsPerHour}
            </p>
          )}
        </div>
      )}
      <p className="pmo-hint" id={ids.preview} aria-live="polite">
        {preview}
      </p>
      <Button type="submit" appearance="primary" isLoading={busy}>
        Save points budget
      </Button>
      {refusal !== null && (
        <p className="pmo-field-error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
