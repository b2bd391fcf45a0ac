"""The task runner: answers on the GUI thread, stale answers dropped, one writer in
order, bugs to the crash hook, expected errors to the banner, writes drained on quit."""

from __future__ import annotations

import gc
import sys
import threading
import time

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.errors import FetchError
from reader.gui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner(io_workers=3)
    yield r
    r.shutdown()


def _wait_idle(qtbot, runner):
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)


def test_answers_arrive_on_the_gui_thread_as_plain_values(qtbot, runner):
    got = []
    progress = []

    def job(ctx):
        ctx.progress("fetching")
        return {"thread": threading.current_thread().name, "flag": True}

    runner.io(job, done=lambda v: got.append((v, threading.current_thread())),
              progress=progress.append)  # fmt: skip
    _wait_idle(qtbot, runner)
    value, thread = got[0]
    assert value["thread"].startswith("kliping-io") and value["flag"] is True
    assert thread is threading.main_thread()
    assert progress == ["fetching"]


def test_booleans_survive_many_answers(qtbot, runner):
    # PySide6 6.12 lost a reference to True/False on each queued Signal(object): 300 here.
    # Other objects come and go meanwhile, so allow some drift, far below that loss.
    gc.collect()
    before = sys.getrefcount(True)
    seen = []
    for _ in range(300):
        runner.io(lambda ctx: True, done=seen.append)
    _wait_idle(qtbot, runner)
    assert seen == [True] * 300
    gc.collect()
    assert sys.getrefcount(True) >= before - 100


def test_a_newer_job_with_the_same_key_drops_the_older_answer(qtbot, runner):
    answers = []
    gate = threading.Event()

    def slow(ctx):
        gate.wait(5)
        return "old"

    runner.io(slow, done=answers.append, key="search")
    runner.io(lambda ctx: "new", done=answers.append, key="search")
    gate.set()
    _wait_idle(qtbot, runner)
    assert answers == ["new"]


def test_the_writer_runs_one_job_at_a_time_in_order(qtbot, runner):
    order = []
    active = []

    def write(n):
        def job(ctx):
            active.append(n)
            assert len(active) == 1
            time.sleep(0.01)
            order.append(n)
            active.remove(n)

        return job

    for n in range(8):
        runner.write(write(n))
    _wait_idle(qtbot, runner)
    assert order == list(range(8))


def test_expected_errors_go_to_the_failed_callback_or_the_banner(qtbot, runner):
    failed = []
    reported = []
    runner.error_reported.connect(reported.append)

    def boom(ctx):
        raise FetchError("The server answered 404 Not Found.")

    runner.io(boom, failed=failed.append)
    runner.io(boom)
    _wait_idle(qtbot, runner)
    assert [str(e) for e in failed] == ["The server answered 404 Not Found."]
    assert [str(e) for e in reported] == ["The server answered 404 Not Found."]


def test_a_bug_in_a_job_reaches_the_crash_hook(qtbot, runner, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc))

    def bug(ctx):
        return 1 / 0

    runner.io(bug)
    _wait_idle(qtbot, runner)
    assert hooked and hooked[0][0] is ZeroDivisionError


def test_cancel_is_seen_by_the_job(qtbot, runner):
    failed = []
    started = threading.Event()

    def job(ctx):
        started.set()
        ctx.cancel.wait(5)
        ctx.check()

    task = runner.io(job, failed=failed.append)
    assert started.wait(5)
    task.cancel()
    _wait_idle(qtbot, runner)
    assert [str(e) for e in failed] == ["Cancelled."]


def test_shutdown_finishes_every_write_it_was_given(qapp):
    runner = TaskRunner()
    written = []
    for n in range(5):
        runner.write(lambda ctx, n=n: (time.sleep(0.02), written.append(n)))
    runner.shutdown()
    assert written == list(range(5))
    with pytest.raises(RuntimeError):
        runner.io(lambda ctx: None)
    QApplication.processEvents()  # late answers to a stopped runner are ignored
