import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { useEffect, useState } from 'react';
import type { ComplianceRule } from '../../../../../src/domain/compliance';
import { ruleKindRegistry, ruleKinds, type RuleKind } from '../../../../../src/domain/compliance';
import { methodologies, type Methodology } from '../../../../../src/domain/template';
import type { Template } from '../../../../../src/domain/template';
import { newRule } from '../../admin/new-rule';
import { problemsByPath } from '../../admin/problems-by-path';
import { problemsUnder } from '../../admin/problems-under';
import { callResolver } from '../../resolver/call-resolver';
import type { FieldMapping } from '../../../../../src/ports/field-mapping';
import { ChangePolicyFields } from './change-policy-fields';
import { FieldMappingFields } from './field-mapping-fields';
import { PhasesFields } from './phases-fields';
import { PreviewPanel } from './preview-panel';
import { RagFields } from './rag-fields';
import { RaidMappingFields } from './raid-mapping-fields';
import { RuleCard } from './rule-card';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const methodologyLabels: Readonly<Record<Methodology, string>> = {
  prince2: 'PRINCE2',
  pmbok: 'PMBOK / waterfall',
  scrum: 'Scrum',
  kanban: 'Kanban',
  custom: 'Custom',
};
const kindOptions = ruleKinds.map((value) => ({ value, label: ruleKindRegistry[value].label }));

export interface TemplateEditorProps {
  readonly draft: Template;
  readonly isNew: boolean;
  readonly readOnly: boolean;
  readonly saving: boolean;
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  readonly discoveredFields: FieldMapping | null;
  readonly onChange: (draft: Template) => void;
  readonly onSave: () => void;
  readonly onClose: () => void;
}

/** How long typing must pause before the draft is checked. */
const validateAfterMs = 250;

interface Validation {
  /** The draft the problems belong to, as JSON. */
  readonly draft: string;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

/**
 * Edits a template with validation as you type: shortly after each change the server checks the draft with the same
 * schema a save uses (so the page and the save never disagree, and the schema stays out of every page's bundle); each
 * problem shows beside its rule, and saving waits until the current draft has none.
 */
export function TemplateEditor({ draft, isNew, readOnly, saving, projects, discoveredFields, onChange, onSave, onClose }: TemplateEditorProps) {
  const [validation, setValidation] = useState<Validation | { readonly failed: string } | null>(null);
  const [kindToAdd, setKindToAdd] = useState<RuleKind>('field-required');
  // Stable keys for the rule cards, so removing a rule does not hand its neighbour's typed text to another card.
  const [ruleKeys, setRuleKeys] = useState<readonly string[]>(() => draft.rules.map((_, i) => `rule-${String(i)}`));
  const [nextKey, setNextKey] = useState(draft.rules.length);
  const keys = ruleKeys.length === draft.rules.length ? ruleKeys : draft.rules.map((_, i) => `rule-${String(i)}`);
  const draftJson = JSON.stringify(draft);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void callResolver('validateTemplate', { template: draft }).then((answer) => {
        if (current) setValidation(answer.state === 'ready' ? { draft: draftJson, problems: answer.data.problems } : { failed: answer.message });
      });
    }, validateAfterMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The draft is compared by value: a re-render with an equal draft must not validate again.
  }, [draftJson]);
  const checked = validation !== null && 'draft' in validation ? validation : null;
  const upToDate = checked !== null && checked.draft === draftJson;
  const problems =
    checked === null
      ? new Map<string, readonly string[]>()
      : problemsByPath(checked.problems.map((p) => ({ path: p.path === '' ? [] : p.path.split('.'), message: p.message })));
  const valid = upToDate && checked.problems.length === 0;
  const phases = draft.phases.map((p) => p.name);
  const setRule = (index: number, rule: ComplianceRule) => {
    onChange({ ...draft, rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  };
  const ruleLevelProblems = (index: number) => problemsUnder(problems, `rules.${String(index)}`);
  const otherProblems = [...problems.entries()]
    .filter(([path]) => !path.startsWith('rules.'))
    .flatMap(([path, messages]) => messages.map((m) => `${path === '' ? 'template' : path}: ${m}`));

  return (
    <section className="pmo-panel pmo-editor" aria-labelledby="pmo-editor-heading">
      <Heading size="medium" as="h2" id="pmo-editor-heading">
        {readOnly ? `Template: ${draft.name}` : isNew ? 'New template' : `Edit template: ${draft.name}`}
      </Heading>
      {readOnly && <p>Read-only: built-in templates are cloned to be changed, and only Jira administrators can change settings.</p>}
      <div className="pmo-field-row">
        <TextField
          id="template-name"
          label="Name"
          value={draft.name}
          readOnly={readOnly}
          wide
          onChange={(name) => {
            onChange({ ...draft, name });
          }}
        />
        <TextField
          id="template-id"
          label="Template id"
          value={draft.id}
          readOnly={readOnly || !isNew}
          onChange={(id) => {
            onChange({ ...draft, id });
          }}
        />
        <SelectField<Methodology>
          id="template-methodology"
          label="Methodology"
          value={draft.methodology}
          options={methodologies.map((m) => ({ value: m, label: methodologyLabels[m] }))}
          readOnly={readOnly}
          onChange={(methodology) => {
            onChange({ ...draft, methodology });
          }}
        />
      </div>
      <TextField
        id="template-description"
        label="Description"
        value={draft.description}
        readOnly={readOnly}
        wide
        onChange={(description) => {
          onChange({ ...draft, description });
        }}
      />
      <PhasesFields
        phases={draft.phases}
        readOnly={readOnly}
        onChange={(p) => {
          onChange({ ...draft, phases: p });
        }}
      />
      <RagFields
        policy={draft.ragPolicy}
        readOnly={readOnly}
        onChange={(ragPolicy) => {
          onChange({ ...draft, ragPolicy });
        }}
      />
      <ChangePolicyFields
        policy={draft.changePolicy}
        readOnly={readOnly}
        problems={problems}
        onChange={(changePolicy) => {
          onChange({ ...draft, changePolicy });
        }}
      />
      <details className="pmo-more-settings">
        <summary>RAID mapping, risk bands and field mapping</summary>
        <RaidMappingFields
          policy={draft.raidPolicy}
          readOnly={readOnly}
          onChange={(raidPolicy) => {
            onChange({ ...draft, raidPolicy });
          }}
        />
        <FieldMappingFields
          overrides={draft.fieldMapping}
          discovered={discoveredFields}
          readOnly={readOnly}
          onChange={(fieldMapping) => {
            onChange({ ...draft, fieldMapping });
          }}
        />
      </details>

      <Heading size="small" as="h3">
        Rules ({draft.rules.length})
      </Heading>
      <ol className="pmo-rules">
        {draft.rules.map((rule, index) => (
          <RuleCard
            key={keys[index] ?? `rule-${String(index)}`}
            index={index}
            rule={rule}
            phases={phases}
            problems={ruleLevelProblems(index)}
            readOnly={readOnly}
            onChange={(r) => {
              setRule(index, r);
            }}
            onRemove={() => {
              setRuleKeys(keys.filter((_, i) => i !== index));
              onChange({ ...draft, rules: draft.rules.filter((_, i) => i !== index) });
            }}
          />
        ))}
      </ol>
      {!readOnly && (
        <div className="pmo-field-row">
          <SelectField<RuleKind>
            id="add-rule-kind"
            label="Kind of rule to add"
            value={kindToAdd}
            options={kindOptions}
            readOnly={false}
            onChange={setKindToAdd}
          />
          <Button
            onClick={() => {
              setRuleKeys([...keys, `added-${String(nextKey)}`]);
              setNextKey(nextKey + 1);
              onChange({
                ...draft,
                rules: [
                  ...draft.rules,
                  newRule(
                    kindToAdd,
                    draft.rules.map((r) => r.id),
                    phases,
                  ),
                ],
              });
            }}
          >
            Add rule
          </Button>
        </div>
      )}

      <div aria-live="polite" className="pmo-validation">
        {validation !== null && 'failed' in validation && <p className="pmo-invalid">Could not check the template: {validation.failed}</p>}
        {(checked === null || !upToDate) && validation === null && <p>Checking the template…</p>}
        {valid && <p className="pmo-valid">The template is valid.</p>}
        {checked !== null && checked.problems.length > 0 && (
          <div className="pmo-invalid">
            <p>
              {checked.problems.length === 1 ? '1 problem' : `${String(checked.problems.length)} problems`} to fix before saving
              {otherProblems.length > 0 ? ':' : ' (shown with their rules).'}
            </p>
            {otherProblems.length > 0 && (
              <ul className="pmo-problems">
                {otherProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <PreviewPanel draft={draft} valid={valid} projects={projects} />

      <div className="pmo-actions">
        {!readOnly && (
          <Button appearance="primary" isDisabled={!valid || saving} onClick={onSave}>
            {isNew ? 'Save template' : 'Save changes'}
          </Button>
        )}
        <Button appearance="subtle" onClick={onClose}>
          Close editor
        </Button>
      </div>
    </section>
  );
}
