import {encode, parseRequest, validateRecord} from '@site/src/labs/liveModel/features';
import {FEATURE_COUNT, featureNames} from '@site/src/labs/liveModel/schema';
import schema from '@site/shared/churn-schema.json';

const customer = {
  tenure_months: 5,
  monthly_charges: 89.5,
  total_charges: 447.5,
  contract: 'month-to-month',
  payment_method: 'electronic-check',
  internet_service: 'fiber',
  support_tickets_90d: 3,
  senior_citizen: false,
  paperless_billing: true,
};

const errorsOf = (body: unknown) => {
  const result = parseRequest(body);
  if (result.ok) throw new Error('expected a validation error');
  return result.errors;
};

describe('feature encoding (shared/churn-schema.json)', () => {
  test('nine fields become the sixteen features, in field order', () => {
    expect(FEATURE_COUNT).toBe(16);
    expect(featureNames()).toHaveLength(schema.feature_count);
    expect(Array.from(encode(customer))).toEqual([5, 89.5, 447.5, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 3, 0, 1]);
  });

  test('each one-hot group has exactly one 1, at the value named', () => {
    const x = encode({
      ...customer,
      contract: 'two-year',
      payment_method: 'mailed-check',
      internet_service: 'none',
    });
    const names = featureNames();
    const on = names.filter((_, i) => x[i] === 1 && names[i]!.includes('='));
    expect(on).toEqual(['contract=two-year', 'payment_method=mailed-check', 'internet_service=none']);
  });

  test('booleans are 0/1 and the result is float32', () => {
    const x = encode({...customer, senior_citizen: true, paperless_billing: false});
    expect(x).toBeInstanceOf(Float32Array);
    expect([x[14], x[15]]).toEqual([1, 0]);
  });
});

describe('request validation (what the endpoint rejects)', () => {
  test('a valid request in either shape gives its encoded rows', () => {
    const named = parseRequest({instances: [customer]});
    const raw = parseRequest(JSON.stringify({inputs: [Array.from(encode(customer))]}));
    expect(named.ok && raw.ok).toBe(true);
    if (named.ok && raw.ok) expect(Array.from(named.value.rows[0]!)).toEqual(Array.from(raw.value.rows[0]!));
  });

  test('wrong type', () => {
    expect(errorsOf({instances: [{...customer, tenure_months: '5'}]})).toEqual([
      {path: '/instances/0/tenure_months', message: 'expected a number, got string "5"'},
    ]);
    expect(errorsOf({instances: [{...customer, senior_citizen: 'no'}]})[0]!.message).toMatch(/true or false/);
  });

  test('out of range, not whole, not one of the values', () => {
    expect(errorsOf({instances: [{...customer, tenure_months: -1}]})[0]!.message).toBe(
      '-1 is out of range [0, 600]',
    );
    expect(errorsOf({instances: [{...customer, support_tickets_90d: 1.5}]})[0]!.message).toMatch(
      /whole number/,
    );
    expect(errorsOf({instances: [{...customer, contract: 'weekly'}]})[0]!.message).toMatch(/not one of/);
  });

  test('missing and unknown fields, all reported at once', () => {
    const rest = Object.fromEntries(Object.entries(customer).filter(([k]) => k !== 'contract'));
    const errors = errorsOf({instances: [{...rest, plan: 'gold'}]});
    expect(errors.map((e) => e.path)).toEqual(['/instances/0/contract', '/instances/0/plan']);
    expect(errors[0]!.message).toBe('missing required field "contract"');
  });

  test('wrong feature count, bad JSON, wrong shape', () => {
    expect(errorsOf({inputs: [[1, 2, 3]]})).toEqual([
      {path: '/inputs/0', message: 'expected 16 features, got 3'},
    ]);
    expect(errorsOf('{"instances": [')[0]!.message).toMatch(/^not valid JSON/);
    expect(errorsOf({rows: []})[0]!.message).toMatch(/instances.*inputs/);
    expect(errorsOf({instances: []})[0]!.message).toBe('expected a non-empty array');
    expect(validateRecord([1]).ok).toBe(false);
  });
});
