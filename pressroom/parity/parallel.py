"""Work shared by every core: a list cut into chunks in order, each chunk done by a forked process.

The parity command line checks its page pairs this way (`check_docs(..., jobs=None)`). The build
does not: its hook runs the whole check in one forked process beside `mkdocs build`, which keeps
the other core for the build itself; the preview and the tests check in their own process (jobs=1).
"""
from __future__ import annotations

import gc
import os
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# With fewer items one process is about as fast: forking the workers and sending their results
# back costs about 15 ms, which two processes win back from about 16 page pairs on (design/speed.md).
MIN_ITEMS = 32
# Many more chunks than processes, so that a process whose chunk went quickly takes the next one
# and the last chunks, where one process may wait for the other, are short (design/speed.md).
CHUNKS_PER_PROCESS = 16


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks(items: Sequence[Item], count: int) -> list[Sequence[Item]]:
    """`items` cut into `count` runs (fewer if there are fewer items) of nearly equal length, in order."""
    count = max(1, min(count, len(items)))
    size, longer = divmod(len(items), count)
    runs, start = [], 0
    for index in range(count):
        end = start + size + (index < longer)
        runs.append(items[start:end])
        start = end
    return runs


def map_chunks(work: Callable[[Sequence[Item]], Result], items: Sequence[Item], jobs: int | None = 1) -> list[Result]:
    """`work` of each chunk of `items`, in order: the same as ``[work(items)]`` once the results'
    lists are joined. `jobs` processes (None: one a core, where there are MIN_ITEMS or more).

    `work` and its results must pickle. An exception in a worker is raised here, as `work`
    raised it; where a process can't be forked (Windows), the work is done in this process.
    """
    processes = (cores() if len(items) >= MIN_ITEMS else 1) if jobs is None else jobs
    processes = min(processes, len(items))
    if processes <= 1:
        return [work(items)]
    # Imported here, where processes are used: with multiprocessing's modules they take about 30 ms,
    # a sixth of the command's start-up on a page or two.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        # A fork starts with everything imported: no second start-up of the checks.
        context = multiprocessing.get_context("fork")
    except ValueError:
        return [work(items)]
    # Objects made so far are left out of the forked processes' garbage collection, which would
    # otherwise write to every one of them and so copy the memory pages they share with this one.
    gc.freeze()
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context)
    try:
        return list(pool.map(work, chunks(items, processes * CHUNKS_PER_PROCESS)))
    finally:
        pool.shutdown(cancel_futures=True)
