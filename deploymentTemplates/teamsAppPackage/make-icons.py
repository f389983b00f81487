#!/usr/bin/env python3
"""Draw LeadBot's Teams app icons with the Python 3 standard library only (zlib + struct write the PNGs).

    python3 make-icons.py [OUT_DIR]  # writes color.png (192x192) and outline.png (32x32), by default next to this script

color.png:   a white chat bubble holding the letters "LB" on a full-bleed accent-colour square.
outline.png: the same bubble as a white outline on a transparent background, as Teams requires.
The output is deterministic, so the committed PNGs can be regenerated and compared byte for byte.
"""
import os
import struct
import sys
import zlib

ACCENT = (0x2B, 0x4C, 0xC4)  # also the manifest's accentColor (#2B4CC4)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # 4x4 samples per pixel for smooth edges


def write_png(path, width, height, rgba_rows):
    """Write 8-bit RGBA rows (each a bytes object of width*4) as a PNG file."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rgba_rows)  # filter type 0 (None) on every row
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9))
           + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def in_round_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def bubble(size, inset):
    """A speech bubble (rounded rectangle plus a tail at the lower left), in a size x size square, grown by -inset."""
    s = size / 32.0  # shapes are designed on a 32-unit grid

    def inside(x, y):
        body = in_round_rect(x, y, (3 + inset) * s, (4 + inset) * s, (29 - inset) * s, (23 - inset) * s, (6 - inset) * s)
        tail = in_triangle(x, y, ((8 + inset) * s, (20 - inset) * s), ((15 - inset) * s, (20 - inset) * s),
                           ((7 + inset * 0.5) * s, (29 - inset * 1.5) * s))
        return body or tail
    return inside


# 5x7 block glyphs for the monogram.
GLYPHS = {
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
}


def monogram(text, left, top, cell):
    """Inside-test for block letters: each glyph is 5x7 cells of `cell` pixels, one blank column between glyphs."""
    def inside(x, y):
        col = int((x - left) // cell)
        row = int((y - top) // cell)
        if x < left or y < top or row >= 7:
            return False
        glyph_index, glyph_col = divmod(col, 6)
        if glyph_index >= len(text) or glyph_col == 5:
            return False
        return GLYPHS[text[glyph_index]][row][glyph_col] == "1"
    return inside


def render(size, paint):
    """paint(x, y) -> (r, g, b, a) for a sample point; returns RGBA rows averaged over the supersampling grid."""
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    r, g, b, a = paint(px + (sx + 0.5) / n, py + (sy + 0.5) / n)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (n * n)
            if acc[3]:
                rgb = [round(c / acc[3]) for c in acc[:3]]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return rows


def color_icon(size=192):
    outer = bubble(size, 0)
    # "LB" is 11 cells wide and 7 high; centre it in the bubble body (y 4..23 of 32 units).
    cell = size * 0.05
    left = size / 2 - 11 * cell / 2
    top = size * (13.5 / 32) - 7 * cell / 2
    letters = monogram("LB", left, top, cell)

    def paint(x, y):
        if outer(x, y) and not letters(x, y):
            return WHITE + (255,)
        return ACCENT + (255,)
    return render(size, paint)


def outline_icon(size=32):
    outer = bubble(size, 0)
    inner = bubble(size, 2)  # 2-unit stroke
    dots = [(10.5, 13.5), (16, 13.5), (21.5, 13.5)]

    def paint(x, y):
        on_stroke = outer(x, y) and not inner(x, y)
        on_dot = any((x - dx) ** 2 + (y - dy) ** 2 <= 1.9 ** 2 for dx, dy in dots)
        return WHITE + ((255,) if on_stroke or on_dot else (0,))
    return render(size, paint)


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(here, exist_ok=True)
    write_png(os.path.join(here, "color.png"), 192, 192, color_icon())
    write_png(os.path.join(here, "outline.png"), 32, 32, outline_icon())


if __name__ == "__main__":
    main()
