import type { RagPolicy } from '../../../../../src/domain/rag';
import { NumberField } from './number-field';

export interface RagFieldsProps {
  readonly policy: RagPolicy;
  readonly onChange: (policy: RagPolicy) => void;
  readonly readOnly: boolean;
}

const decimal = (value: number | null) => value ?? Number.NaN;

/** The RAG thresholds most often tuned: compliance score, SPI and CPI (amber below, red below), and uncontrolled slips (amber at, red at). */
export function RagFields({ policy, onChange, readOnly }: RagFieldsProps) {
  return (
    <fieldset className="pmo-field-row">
      <legend>RAG thresholds</legend>
      <NumberField
        id="rag-compliance-amber"
        label="Compliance amber below"
        value={policy.compliance.score.amberBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, compliance: { score: { ...policy.compliance.score, amberBelow: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-compliance-red"
        label="Compliance red below"
        value={policy.compliance.score.redBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, compliance: { score: { ...policy.compliance.score, redBelow: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-spi-amber"
        label="SPI amber below"
        value={policy.schedule.spi.amberBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, schedule: { ...policy.schedule, spi: { ...policy.schedule.spi, amberBelow: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-spi-red"
        label="SPI red below"
        value={policy.schedule.spi.redBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, schedule: { ...policy.schedule, spi: { ...policy.schedule.spi, redBelow: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-uncontrolled-amber"
        label="Uncontrolled slips amber at"
        value={policy.schedule.uncontrolledSlips.amberAtLeast}
        readOnly={readOnly}
        onChange={(v) => {
          onChange({ ...policy, schedule: { ...policy.schedule, uncontrolledSlips: { ...policy.schedule.uncontrolledSlips, amberAtLeast: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-uncontrolled-red"
        label="Uncontrolled slips red at"
        value={policy.schedule.uncontrolledSlips.redAtLeast}
        readOnly={readOnly}
        onChange={(v) => {
          onChange({ ...policy, schedule: { ...policy.schedule, uncontrolledSlips: { ...policy.schedule.uncontrolledSlips, redAtLeast: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-cpi-amber"
        label="CPI amber below"
        value={policy.cost.cpi.amberBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, cost: { cpi: { ...policy.cost.cpi, amberBelow: decimal(v) } } });
        }}
      />
      <NumberField
        id="rag-cpi-red"
        label="CPI red below"
        value={policy.cost.cpi.redBelow}
        readOnly={readOnly}
        step={0.01}
        onChange={(v) => {
          onChange({ ...policy, cost: { cpi: { ...policy.cost.cpi, redBelow: decimal(v) } } });
        }}
      />
    </fieldset>
  );
}
