# Runs a reader's snippet in the browser (Pyodide) and in the test suite, the same way in both.
import builtins
import linecache
import sys
import traceback

SNIPPET = "snippet.py"


def _no_input(prompt=""):
    raise RuntimeError(
        "input() is not available here: this snippet runs in your browser with no keyboard input. "
        "Set the value in the code instead."
    )


builtins.input = _no_input


MISSING_PACKAGE_NOTE = (
    "\nThis runtime (Pyodide, in your browser) has Python's standard library only: no package such as "
    "numpy, pandas or scikit-learn is downloaded, so that every example starts fast and works offline. "
    "The guide's examples use the standard library; to use '{module}', run the code on your own "
    "computer after `pip install {package}`.\n"
)
MISSING_STDLIB_NOTE = (
    "\n'{module}' belongs to Python's standard library, but this browser build of Python (Pyodide) "
    "leaves it out. Run the code on your own computer to use it.\n"
)
# Import names whose package is called something else on PyPI.
PYPI_NAMES = {"sklearn": "scikit-learn", "cv2": "opencv-python", "PIL": "pillow", "yaml": "pyyaml"}


def missing_module_note(name):
    """What to tell a reader whose import failed: which modules this runtime has, and why."""
    module = name.split(".")[0]
    if module in getattr(sys, "stdlib_module_names", ()):
        return MISSING_STDLIB_NOTE.format(module=module)
    return MISSING_PACKAGE_NOTE.format(module=module, package=PYPI_NAMES.get(module, module))


def run_snippet(code):
    """Returns ("ok", ""), ("exit", code), ("interrupted", "") or ("error", traceback text)."""
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    # Tracebacks quote the reader's source line, as they would for a file on disk.
    linecache.cache[SNIPPET] = (len(code), None, code.splitlines(True), SNIPPET)
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
        text = "".join(report.format())
        if isinstance(exc, ModuleNotFoundError) and exc.name:
            text += missing_module_note(exc.name)
        return ("error", text)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return ("ok", "")
