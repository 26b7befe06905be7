/**
 * Checking a reader's exercise code: one Python program (the reader's code, then each test case on
 * its own) that prints one line of results, run by the same Python worker as the runnable snippets.
 * tests/snippets/exercises.test.ts runs the same program in Pyodide for every exercise in the docs.
 */

export type CaseResult = {
  /** The test function's name, or the assert statement's source. */
  readonly name: string;
  readonly passed: boolean;
  /** Why it failed: the assertion's message, the values compared, or the error raised. */
  readonly message: string;
};

export type CheckReport =
  | {readonly kind: 'cases'; readonly cases: readonly CaseResult[]}
  /** The reader's code did not even run (syntax error, exception at import time). */
  | {readonly kind: 'broken'; readonly message: string};

export const RESULT_MARKER = '@@exercise-results@@';

// Runs each top-level statement of the tests on its own: an assert or a test_* function is a case;
// anything else (imports, shared data) is set-up. `assert a == b` failures show both values.
const HARNESS = String.raw`
import ast as __ast, json as __json, traceback as __tb

def __check(reader, tests, marker):
    ns = {"__name__": "__exercise__"}
    try:
        exec(compile(reader, "your_code.py", "exec"), ns)
    except BaseException as exc:
        lines = __tb.format_exception_only(type(exc), exc)
        print(marker + __json.dumps({"broken": "".join(lines).strip()}))
        return
    cases = []
    def run_case(name, fn, compare=None):
        try:
            fn()
            cases.append({"name": name, "passed": True, "message": ""})
        except AssertionError as exc:
            message = str(exc)
            if not message and compare is not None:
                try:
                    left = eval(compile(__ast.Expression(compare.left), "tests.py", "eval"), ns)
                    right = eval(compile(__ast.Expression(compare.comparators[0]), "tests.py", "eval"), ns)
                    message = "got " + repr(left)[:200] + ", expected " + repr(right)[:200]
                except BaseException:
                    message = ""
            cases.append({"name": name, "passed": False, "message": message or "assertion failed"})
        except BaseException as exc:
            cases.append({"name": name, "passed": False,
                          "message": "".join(__tb.format_exception_only(type(exc), exc)).strip()})
    tree = __ast.parse(tests, "tests.py")
    for node in tree.body:
        module = __ast.Module(body=[node], type_ignores=[])
        code = compile(module, "tests.py", "exec")
        source = __ast.get_source_segment(tests, node) or "test"
        if isinstance(node, __ast.Assert):
            compare = node.test if (isinstance(node.test, __ast.Compare) and len(node.test.ops) == 1
                                    and isinstance(node.test.ops[0], __ast.Eq)) else None
            run_case(source.split("\n")[0], lambda code=code: exec(code, ns), compare)
        elif isinstance(node, (__ast.FunctionDef,)) and node.name.startswith("test"):
            exec(code, ns)
            run_case(node.name, ns[node.name])
        else:
            try:
                exec(code, ns)
            except BaseException as exc:
                cases.append({"name": source.split("\n")[0], "passed": False,
                              "message": "".join(__tb.format_exception_only(type(exc), exc)).strip()})
    print(marker + __json.dumps({"cases": cases}))
`;

/** The Python program that checks `reader` (the reader's code) against `tests`. */
export function buildCheckProgram(reader: string, tests: string): string {
  // A JSON string literal is a valid Python string literal (same escapes), so no quoting can break out.
  return `${HARNESS}\n__check(${JSON.stringify(reader)}, ${JSON.stringify(tests)}, ${JSON.stringify(RESULT_MARKER)})\n`;
}

/** Reads the results line from the program's output; null if there is none (the run was cut short). */
export function parseCheckOutput(stdout: string): CheckReport | null {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_MARKER));
  if (!line) return null;
  try {
    const data = JSON.parse(line.slice(RESULT_MARKER.length)) as {
      broken?: unknown;
      cases?: {name?: unknown; passed?: unknown; message?: unknown}[];
    };
    if (typeof data.broken === 'string') return {kind: 'broken', message: data.broken};
    if (!Array.isArray(data.cases)) return null;
    return {
      kind: 'cases',
      cases: data.cases.map((c) => ({
        name: String(c.name),
        passed: c.passed === true,
        message: typeof c.message === 'string' ? c.message : '',
      })),
    };
  } catch {
    return null;
  }
}

/** True when there is at least one case and every case passed. */
export function allPassed(report: CheckReport | null): boolean {
  return report?.kind === 'cases' && report.cases.length > 0 && report.cases.every((c) => c.passed);
}

/** The reader's own output, without the results line. */
export function readerOutput(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith(RESULT_MARKER))
    .join('\n')
    .trimEnd();
}
