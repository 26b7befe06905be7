/**
 * The simulators' random numbers: the Park–Miller "minimal standard" generator (multiplier 48271).
 * Every step is exact in a double (48271 × 2^31 < 2^53), so the chapter's Python snippets, which
 * implement the same few lines, draw the very same sequence: the agreement tests depend on it.
 */
const MODULUS = 2147483647;
const MULTIPLIER = 48271;

export type Uniform = () => number;

/** Uniform numbers in (0, 1), never 0 or 1, from a seed in 1 … 2^31 − 2. */
export function parkMiller(seed: number): Uniform {
  let state = seed % MODULUS;
  if (state <= 0) state += MODULUS - 1;
  return () => {
    state = (state * MULTIPLIER) % MODULUS;
    return state / MODULUS;
  };
}

/** Standard normal numbers by the Box–Muller transform (one per two uniforms, as in the snippets). */
export function normal(uniform: Uniform): () => number {
  return () => {
    const u1 = uniform();
    const u2 = uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}
