"""Ready means ready: load everything the first event would load, then freeze the heap.

The catalog, the tokeniser's dictionaries, the fuzzy matcher, dateparser and the database models load
lazily; the first events after start paid 1.1–1.5 s for them, and the ~660k objects they leave made
the next few full garbage collections take 150–300 ms each. Loading them here, before the server listens, and then
``gc.freeze()`` (the loaded objects move to a generation the collector no longer scans) makes the
first event as fast as the thousandth.
"""

from __future__ import annotations

import gc
import logging
import time

from pythainlp.tokenize import word_tokenize
from sqlalchemy.orm import configure_mappers

from bot.dialog import respond
from content.catalog import get_catalog
from intents import understand
from intents.dates import load_dateparser
from intents.fallback import default_model

log = logging.getLogger(__name__)

# A young collection costs about the same however many objects came and went since the last: it walks what the
# requests and batches in flight hold (~1.3 ms in an HTTP process of ``serve``, measured). At the default 700 it
# ran every ~25 events, ~5% of that process's CPU; at this, the whole of ``serve`` used 5–9% less per event.
YOUNG_COLLECTION_EVERY = 20_000
# A question, a code, a title and a date: every part of understanding loads something.
SAMPLES = ("DL201 ต้องทำอะไรบ้าง", "การบริหารข้อมูล คืออะไร", "เตือนฉัน 15 ธ.ค. 2569", "what is DL101")


def freeze_heap() -> None:
    """Collect once, then move what is left where the collector no longer scans it: what start-up loaded lives
    as long as the process, and each full collection would walk it again (an HTTP process of ``serve`` with
    a core process, which loads none of the above, paused ~50–90 ms in its full collections before it froze
    its imports: an open loop's p99 of 60–90 ms against 14 ms, measured). Young collections then come less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])


def warm_up() -> float:
    """Load and exercise the catalog, tokeniser and matcher; freeze the heap. Seconds taken."""
    started = time.perf_counter()
    # No collections while loading: everything loaded stays, and as the heap grew each full collection walked it
    # again (ten of 80–300 ms, ~2 s of the warm-up, measured with gc.callbacks). One collection before the freeze.
    gc.disable()
    try:
        catalog = get_catalog()
        default_model()  # the second opinion for words no rule holds (trained on the labelled sets)
        word_tokenize("ออกแบบองค์กรดิจิทัล")  # the word dictionary (~140 MB) that cuts a long label at a word
        load_dateparser()  # for dates our own rules do not read
        configure_mappers()  # SQLAlchemy sets up the models on their first query otherwise (~30 ms)
        for sample in SAMPLES:
            respond(understand(sample), catalog)
    finally:
        gc.enable()
    freeze_heap()
    took = time.perf_counter() - started
    log.info("warm-up: catalog, tokeniser, matcher and intent model loaded in %.2f s; heap frozen", took)
    return took
