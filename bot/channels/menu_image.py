"""The rich menu's picture, drawn by the project: one tile per button, a Thai label in each.

The font is Loma Bold from TLWG (GPL-2+ with the font exception, ``assets/Loma-Bold.COPYRIGHT``),
bundled so the image looks the same in a slim container as on a desktop; ``find_thai_font`` falls
back to the system's fonts-thai-tlwg or Noto Thai when the bundled file is missing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ASSETS = Path(__file__).parent / "assets"
SYSTEM_THAI_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/tlwg/Loma-Bold.ttf",
    "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Bold.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansThai-Bold.otf",
)
BACKGROUND = (255, 255, 255)
TILE_COLOURS: tuple[tuple[int, int, int], ...] = (
    (0, 94, 184),
    (0, 133, 119),
    (214, 122, 0),
    (110, 60, 170),
    (90, 90, 90),
)
TEXT_COLOUR = (255, 255, 255)
GAP = 12


class FontNotFoundError(FileNotFoundError):
    """No font with Thai glyphs was found."""


@dataclass(frozen=True, slots=True)
class Tile:
    x: int
    y: int
    width: int
    height: int
    label: str


def find_thai_font(extra: Sequence[str] = ()) -> Path:
    for candidate in (*extra, str(ASSETS / "Loma-Bold.ttf"), *SYSTEM_THAI_FONTS):
        path = Path(candidate)
        if path.is_file():
            return path
    raise FontNotFoundError("no Thai font: install fonts-thai-tlwg (Debian) or fonts-noto-thai")


def _fitting_font(
    font_path: Path, draw: ImageDraw.ImageDraw, text: str, max_width: int, size: int
) -> ImageFont.FreeTypeFont:
    while True:
        font = ImageFont.truetype(str(font_path), size)
        left, _top, right, _bottom = draw.textbbox((0, 0), text, font=font)
        if right - left <= max_width or size <= 24:
            return font
        size -= 4


def draw_menu(width: int, height: int, tiles: Sequence[Tile], font_path: Path | None = None) -> bytes:
    """A PNG of ``width`` × ``height`` with one coloured tile per area and its label centred."""
    font_path = font_path or find_thai_font()
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for i, tile in enumerate(tiles):
        box = (tile.x + GAP, tile.y + GAP, tile.x + tile.width - GAP, tile.y + tile.height - GAP)
        draw.rounded_rectangle(box, radius=36, fill=TILE_COLOURS[i % len(TILE_COLOURS)])
        font = _fitting_font(font_path, draw, tile.label, tile.width - 6 * GAP, size=min(120, tile.height // 4))
        centre = (tile.x + tile.width / 2, tile.y + tile.height / 2)
        draw.text(centre, tile.label, font=font, fill=TEXT_COLOUR, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
