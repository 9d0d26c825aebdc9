"""Where a flow's tasks run: threads on this machine (default), processes, or Dask.

`dask` with no address starts a local Dask cluster (one process per worker); with an
address (`tcp://scheduler:8786`) it uses an existing cluster, which is how dutyflow scales
out past one machine.
"""
from __future__ import annotations

ENGINES = ("threads", "processes", "dask")


def task_runner(engine: str = "threads", workers: int | None = None, address: str | None = None):
    """A Prefect task runner for `engine`."""
    if engine == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=workers or 2)
    if engine == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers or 2)
    if engine == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
