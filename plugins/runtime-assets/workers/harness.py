# Runs a reader's snippet in the browser (Pyodide) and in the test suite, the same way in both.
import builtins
import sys
import traceback

SNIPPET = "snippet.py"


def _no_input(prompt=""):
    raise RuntimeError(
        "input() is not available here: this snippet runs in your browser with no keyboard input. "
        "Set the value in the code instead."
    )


builtins.input = _no_input


def run_snippet(code):
    """Returns ("ok", ""), ("exit", code), ("interrupted", "") or ("error", traceback text)."""
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    try:
        exec(compile(code, SNIPPET, "exec"), namespace)
    except SystemExit as exc:
        return ("exit", "0" if exc.code is None else str(exc.code))
    except KeyboardInterrupt:
        return ("interrupted", "")
    except BaseException as exc:  # noqa: BLE001 - everything the snippet raises is reported
        report = traceback.TracebackException.from_exception(exc)
        # Keep the reader's frames only: the runtime's own frames explain nothing.
        report.stack = traceback.StackSummary.from_list(
            [frame for frame in report.stack if frame.filename == SNIPPET]
        )
        return ("error", "".join(report.format()))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return ("ok", "")
