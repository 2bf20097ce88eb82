"""Ready means ready: what the first events would load is loaded before the server listens."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pythainlp.tokenize

from bot.dialog.limits import short_label
from bot.pipeline.warmup import YOUNG_COLLECTION_EVERY, warm_up


def test_warm_up_loads_the_word_dictionary_that_long_labels_are_cut_with_and_freezes_the_heap() -> None:
    pythainlp.tokenize.word_dict_trie.cache_clear()
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # CPython's default (an app started earlier in this session may have raised it)
    warm_up()
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    gc.unfreeze()  # the rest of the test session collects as before
    gc.set_threshold(*before)
    loaded = pythainlp.tokenize.word_dict_trie.cache_info()
    assert loaded.currsize == 1 and frozen > 0
    assert threshold == (YOUNG_COLLECTION_EVERY, 10, 10)  # young collections less often; the older ones as they were
    short_label("การบริหารจัดการความมั่นคงปลอดภัยไซเบอร์ขององค์กร")  # a label cut at a word: nothing more to load
    assert pythainlp.tokenize.word_dict_trie.cache_info().misses == loaded.misses


def test_a_fresh_process_warmed_up_has_dateparser_loaded_its_models_configured_and_collected_once() -> None:
    """dateparser reads the dates our own rules do not; SQLAlchemy configures the models on the first query. The
    collector runs once, before the freeze: each full collection while loading walked the growing heap again (~2 s
    of a fresh process's warm-up)."""
    script = ("import gc, sys; from storage.models import Base; from bot.pipeline.warmup import warm_up; "
              "assert 'dateparser' not in sys.modules and Base.registry._new_mappers; runs = []; "
              "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info['generation'])); "
              "warm_up(); print('dateparser.search' in sys.modules, Base.registry._new_mappers, runs)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2], check=True)
    assert done.stdout.split() == ["True", "False", "[2]"]
