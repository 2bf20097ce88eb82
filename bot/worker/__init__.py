"""The delivery worker: the reminder/broadcast scheduler and one sender loop per channel."""

from bot.worker.runner import PassReport, Worker, install_stop_signals, open_worker, worker_context

__all__ = ["PassReport", "Worker", "install_stop_signals", "open_worker", "worker_context"]
