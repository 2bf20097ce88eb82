"""Charts as inline SVG, drawn on the server by pygal: no script, no CDN, works offline."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence

import pygal
from pygal.style import Style

# pygal appends a legacy import hook (for its map plugins, unused here) that makes every later
# failed import raise an ImportWarning; remove it so that imports behave as without pygal.
sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"]

STYLE = Style(
    background="transparent",
    plot_background="#ffffff",
    font_family="'Noto Sans Thai', 'Loma', 'Garuda', sans-serif",
    colors=("#06c755", "#e5533d", "#2f6fde", "#f2a900", "#7b4fd6", "#1aa3a3", "#8a8a8a"),
    # Sizes in SVG units: a 720-wide chart shrinks to half on a phone, so they are drawn large.
    label_font_size=18,
    major_label_font_size=18,
    legend_font_size=20,
    title_font_size=24,
    value_font_size=16,
    no_data_font_size=40,
)


# pygal writes its settings into an inline <script> for its tooltips (off here); the pages' CSP
# allows no inline script, so it is dropped rather than refused by the browser.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)


def _svg(chart: pygal.graph.graph.Graph) -> str:
    return _SCRIPT.sub("", str(chart.render(is_unicode=True)))


def _config(title: str) -> pygal.Config:
    config = pygal.Config()
    config.title = title
    config.js = []  # pygal's tooltips load a script from the web: none here
    config.disable_xml_declaration = True
    config.style = STYLE
    config.width, config.height = 720, 360
    config.legend_at_bottom = True
    config.print_values = False
    config.no_data_text = "ยังไม่มีข้อมูล"
    return config


def bars(title: str, labels: Sequence[str], series: Mapping[str, Sequence[float | None]], *,
         horizontal: bool = False, max_value: float | None = None) -> str:
    chart = (pygal.HorizontalBar if horizontal else pygal.Bar)(_config(title))
    chart.x_labels = list(labels)
    if max_value is not None:
        chart.range = (0, max_value)
    for name, values in series.items():
        chart.add(name, list(values))
    return _svg(chart)


def stacked(title: str, labels: Sequence[str], series: Mapping[str, Sequence[float | None]]) -> str:
    chart = pygal.StackedBar(_config(title))
    chart.x_labels = list(labels)
    chart.x_label_rotation = 30
    for name, values in series.items():
        chart.add(name, list(values))
    return _svg(chart)
