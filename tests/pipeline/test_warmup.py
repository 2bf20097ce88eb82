"""Ready means ready: what the first events would load is loaded before the server listens."""

from __future__ import annotations

import gc

import pythainlp.tokenize

from bot.dialog.limits import short_label
from bot.pipeline.warmup import warm_up


def test_warm_up_loads_the_word_dictionary_that_long_labels_are_cut_with_and_freezes_the_heap() -> None:
    pythainlp.tokenize.word_dict_trie.cache_clear()
    warm_up()
    frozen = gc.get_freeze_count()
    gc.unfreeze()  # the rest of the test session collects as usual
    loaded = pythainlp.tokenize.word_dict_trie.cache_info()
    assert loaded.currsize == 1 and frozen > 0
    short_label("การบริหารจัดการความมั่นคงปลอดภัยไซเบอร์ขององค์กร")  # a label cut at a word: nothing more to load
    assert pythainlp.tokenize.word_dict_trie.cache_info().misses == loaded.misses
