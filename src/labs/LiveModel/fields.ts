/** The form's view of the schema: a starting customer and how each control's value is read. */
import type {ChurnRecord, Field} from '@site/src/labs/liveModel/schema';

/** A month-to-month fiber customer with a few support tickets: likely to churn. */
export const EXAMPLE_CUSTOMER: ChurnRecord = {
  tenure_months: 4,
  monthly_charges: 89.9,
  total_charges: 359.6,
  contract: 'month-to-month',
  payment_method: 'electronic-check',
  internet_service: 'fiber',
  support_tickets_90d: 3,
  senior_citizen: false,
  paperless_billing: true,
};

export type FormValues = Readonly<Record<string, string | boolean>>;

export const initialValues = (record: ChurnRecord = EXAMPLE_CUSTOMER): FormValues =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)]));

/**
 * The request body the form sends. An empty number box is left out (the endpoint then reports the
 * field as missing); text that is not a number is sent as text (the endpoint reports its type).
 */
export function recordFrom(fields: readonly Field[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'bool') out[field.name] = value === true;
    else if (field.type === 'enum') out[field.name] = value;
    else if (typeof value === 'string' && value.trim() !== '')
      out[field.name] = Number.isNaN(Number(value)) ? value : Number(value);
  }
  return out;
}

/** The malformed requests the reader can send, each with the mistake a real client makes. */
export const MALFORMED: readonly {readonly id: string; readonly label: string; readonly body: unknown}[] = [
  {
    id: 'wrong-type',
    label: 'Wrong type (tenure as text)',
    body: {instances: [{...EXAMPLE_CUSTOMER, tenure_months: 'four'}]},
  },
  {
    id: 'out-of-range',
    label: 'Out of range (negative charges)',
    body: {instances: [{...EXAMPLE_CUSTOMER, monthly_charges: -20}]},
  },
  {
    id: 'missing-field',
    label: 'Missing field (no contract)',
    body: {
      instances: [Object.fromEntries(Object.entries(EXAMPLE_CUSTOMER).filter(([k]) => k !== 'contract'))],
    },
  },
  {
    id: 'feature-count',
    label: 'Wrong feature count (15 encoded features)',
    body: {inputs: [[4, 89.9, 359.6, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 3, 0]]},
  },
];
