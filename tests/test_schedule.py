"""`dutyflow serve`: a real scheduled deployment that picks up and completes a run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SAMPLES

pytestmark = pytest.mark.flow


def _wait_for_deployment(name: str, proc: subprocess.Popen, timeout: float = 120):
    from prefect.client.orchestration import get_client
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def read():
        async with get_client() as client:
            return await client.read_deployment_by_name(name)

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited early: {proc.stdout.read()}")
        try:
            return run_coro_as_sync(read())
        except Exception:
            time.sleep(1)
    raise AssertionError("deployment never appeared")


def test_serve_schedules_and_runs(prefect_api, tmp_path):
    from prefect.deployments import run_deployment

    env = dict(os.environ, PREFECT_API_URL=prefect_api, PREFECT_RUNNER_POLL_FREQUENCY="2")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "serve", str(SAMPLES), "--out", str(tmp_path),
         "--cron", "30 2 * * 1", "--name", "nightly-test"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    try:
        deployment = _wait_for_deployment("dutyflow-run/nightly-test", proc)
        crons = [s.schedule.cron for s in deployment.schedules]
        assert crons == ["30 2 * * 1"]
        run = run_deployment("dutyflow-run/nightly-test", timeout=240, poll_interval=2)
        assert run.state.is_completed(), run.state
        assert (tmp_path / "duties.parquet").exists() and (tmp_path / "documents.parquet").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
