/**
 * Synthetic churn customers: no real person is in them. The generator draws the nine fields of the
 * schema with plausible relations (fiber costs more, month-to-month contracts are younger) and a
 * churn label from a known logistic rule, so the lab's model has something real to learn. Seeded:
 * the same seed gives the same customers on every machine.
 */
import type {ChurnRecord} from '../schema';
import {seeded} from './random';

export type Example = {readonly record: ChurnRecord; readonly churned: 0 | 1};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The rule the labels come from (log-odds of churn); the model never sees it. */
export function trueLogit(r: ChurnRecord): number {
  const tenure = Math.min(r.tenure_months as number, 72);
  return (
    -1.1 +
    (r.contract === 'month-to-month' ? 1.3 : r.contract === 'two-year' ? -0.9 : 0) -
    0.035 * tenure +
    (r.payment_method === 'electronic-check' ? 0.6 : 0) +
    (r.internet_service === 'fiber' ? 0.5 : r.internet_service === 'none' ? -0.4 : 0) +
    0.35 * Math.min(r.support_tickets_90d as number, 8) +
    (r.senior_citizen ? 0.3 : 0) +
    (r.paperless_billing ? 0.25 : 0) +
    0.008 * ((r.monthly_charges as number) - 65)
  );
}

export function generate(count: number, seed: number): Example[] {
  const rnd = seeded(seed);
  const out: Example[] = [];
  for (let i = 0; i < count; i++) {
    const contract = rnd.pick(['month-to-month', 'one-year', 'two-year'], [0.55, 0.25, 0.2]);
    const tenure =
      contract === 'month-to-month'
        ? Math.min(600, Math.floor(-18 * Math.log(1 - rnd.next())))
        : 6 + Math.floor(rnd.next() * 66);
    const internet = rnd.pick(['none', 'dsl', 'fiber'], [0.2, 0.35, 0.45]);
    const base = internet === 'none' ? 22 : internet === 'dsl' ? 55 : 85;
    const monthly = round2(Math.max(10, base + 12 * rnd.normal()));
    const record: ChurnRecord = {
      tenure_months: tenure,
      monthly_charges: monthly,
      total_charges: round2(tenure * monthly * (0.95 + 0.1 * rnd.next())),
      contract,
      payment_method: rnd.pick(
        ['card', 'bank-transfer', 'electronic-check', 'mailed-check'],
        [0.25, 0.25, 0.33, 0.17],
      ),
      internet_service: internet,
      support_tickets_90d: Math.floor(-(internet === 'fiber' ? 1.8 : 1.1) * Math.log(1 - rnd.next())),
      senior_citizen: rnd.next() < 0.16,
      paperless_billing: rnd.next() < 0.6,
    };
    const p = 1 / (1 + Math.exp(-trueLogit(record)));
    out.push({record, churned: rnd.next() < p ? 1 : 0});
  }
  return out;
}
