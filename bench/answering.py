"""Latency of understanding + answering per message, and messages per second on one core.

    .venv/bin/python bench/answering.py [ROUNDS]

Prints figures; not a timed test. The catalog and the tokeniser are loaded (and warmed) first. Each
message is read and answered afresh every round (a repeated one is remembered and costs next to nothing).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.dialog import respond
from bot.dialog.answers import compose
from content.catalog import get_catalog
from intents import understand
from intents.engine import default_understander

MESSAGES: tuple[str, ...] = (
    "DL201 ต้องทำอะไรบ้าง", "DLit101 มีเกณฑ์อะไรบ้าง", "dg 502 คืออะไร", "DS ๗๐๓ ต้องทำอะไร",
    "เกณฑ์ DS704.03 คืออะไร", "ช่วงขอบเขตของ DS700", "หลักฐานของ DL200", "อยากรู้เรื่องวิเคราะห์ข้อมูลพื้นฐาน",
    "ผู้ทำงานด้านบริการ ระยะเริ่มแรก ต้องมีอะไร", "หมวด 2 ระดับ Significance", "ขอประเมินตัวเองเรื่อง DG500",
    "เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570", "ผมทำงานด้านเทคโนโลยี", "ราคาทองวันนี้", "สวัสดีครับ",
    "what does DS700 require?", "DL209 คืออะไร", "ออกแบบองกรดิจิตอล", "ขอบคุณครับ", "ช่วยอะไรได้บ้าง",
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    catalog = get_catalog()
    for text in MESSAGES:  # warm the dictionary and caches
        respond(understand(text), catalog)
    understanding_ms: list[float] = []
    total_ms: list[float] = []
    start = time.perf_counter()
    reader = default_understander()
    for _ in range(rounds):
        for text in MESSAGES:  # afresh: a repeated message's reading and answer are remembered
            t0 = time.perf_counter()
            u = reader.read(text)
            t1 = time.perf_counter()
            compose(u, catalog)
            t2 = time.perf_counter()
            understanding_ms.append((t1 - t0) * 1000)
            total_ms.append((t2 - t0) * 1000)
    elapsed = time.perf_counter() - start
    n = len(total_ms)
    print(f"messages: {n} ({len(MESSAGES)} distinct x {rounds})")
    print(f"understanding             p50 {statistics.median(understanding_ms):.3f} ms  "
          f"p99 {percentile(understanding_ms, 0.99):.3f} ms")
    print(f"understanding + answering p50 {statistics.median(total_ms):.3f} ms  "
          f"p99 {percentile(total_ms, 0.99):.3f} ms")
    print(f"throughput: {n / elapsed:.0f} messages/s on one core")


if __name__ == "__main__":
    main()
