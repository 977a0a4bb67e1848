#!/usr/bin/python3
"""Small PDFs of the harder table layouts (issue 15), drawn with ReportLab's
canvas, for the table finder's tests: tables set sideways, dense tables
without rules, tables ruled only around the header, fake-bold text.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_hard_table_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

ROWS = [["Service", "2015", "2016", "Change"],
        ["Adult social care", "320.1", "331.4", "+3.5%"],
        ["Children's services", "210.0", "205.2", "-2.3%"],
        ["Highways", "45.7", "47.0", "+2.8%"],
        ["Libraries", "12.3", "10.9", "-11.4%"],
        ["Waste collection", "60.2", "61.8", "+2.7%"]]


def ruled_table(c, x, y, rows, widths, height=18):
    """A full grid with its top-left corner at (x, y), text 10 pt."""
    total = sum(widths)
    c.setLineWidth(0.5)
    for i in range(len(rows) + 1):
        c.line(x, y - i * height, x + total, y - i * height)
    xx = x
    for w in widths + [0]:
        c.line(xx, y, xx, y - len(rows) * height)
        xx += w
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        xx = x
        for w, t in zip(widths, row):
            c.drawString(xx + 4, y - i * height - 13, t)
            xx += w


def new_canvas(name):
    return canvas.Canvas(os.path.join(out, name), pagesize=A4, invariant=1)


# Sideways tables: page 1 turned a quarter anticlockwise (text runs up the
# page), page 2 clockwise (text runs down), page 3 a landscape page made with
# /Rotate 90 whose table is upright as displayed.
c = new_canvas("rl_rotated.pdf")
w, h = A4
c.saveState()
c.translate(w - 200, 100)
c.rotate(90)
ruled_table(c, 0, 0, ROWS, [150, 70, 70, 70])
c.restoreState()
c.showPage()
c.saveState()
c.translate(200, h - 100)
c.rotate(-90)
ruled_table(c, 0, 0, ROWS, [150, 70, 70, 70])
c.restoreState()
c.showPage()
c.setPageRotation(90)
c.setPageSize((w, h))
c.saveState()
c.translate(w, 0)
c.rotate(90)
ruled_table(c, 80, w - 80, ROWS, [150, 70, 70, 70])
c.restoreState()
c.showPage()
c.save()

# Overprinted and hidden text: parts of a word printed again 0.3 pt off, a word
# painted once per clip strip (three strips of one line), and a word drawn
# wholly outside its clip.
c = new_canvas("rl_overprint.pdf")
c.setFont("Helvetica", 12)
c.drawString(72, 700, "Hefty")
c.drawString(200, 700, "Brand")
# Parts of the word printed again a little off (as per-strip repaints do).
c.drawString(72.3, 700, "H")
c.drawString(72.3 + c.stringWidth("He", "Helvetica", 12), 700, "ft")
for bottom in (648, 651, 654, 657):
    c.saveState()
    p = c.beginPath()
    p.rect(70, bottom, 200, 3)
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(72, 650, "Striped")
    c.restoreState()
c.saveState()
p = c.beginPath()
p.rect(300, 300, 50, 10)
c.clipPath(p, stroke=0, fill=0)
c.drawString(72, 600, "Hidden")
c.restoreState()
c.drawString(72, 550, "Shown")
c.showPage()
c.save()

# Shaded bands as evidence, not as the grid: a dense table of ten columns,
# rows shaded three at a time in bands whose edges fall inside the text
# lines (as in seed-trial reports), and one column highlighted by boxes of
# its own. The fills touch one another, so their edges read as rules; the
# text stands in far more columns than they draw.
c = new_canvas("rl_banded.pdf")
names = ["Kruger", "Stine", "Wensman", "Hefty", "Dyna-Gro", "LG Seeds", "Titan Pro", "Asgrow", "Channel"]
x0, top, pitch = 60, 700, 12.2
cols = [60, 130, 190, 225, 255, 290, 330, 370, 410, 450]
c.setFont("Helvetica-Bold", 8)
for x, t in zip(cols, ["Company", "Product", "Tech", "Mat.", "Res.", "Trmt.", "Yield", "Moist.", "Stand", "Income"]):
    c.drawString(x, top + 14, t)
for band in range(0, len(names), 3):
    if band // 3 % 2 == 0:
        c.setFillColorRGB(0.85, 0.9, 0.95)
        # One box a row, each offset by a third of a row from the text lines.
        for k in range(3):
            y = top - (band + k) * pitch - 4
            c.rect(x0 - 2, y - pitch + 8, 440, pitch, stroke=0, fill=1)
for r in range(len(names)):
    c.setFillColorRGB(1, 0.95, 0.6)
    c.rect(368, top - r * pitch - 4 - pitch + 8, 32, pitch, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica", 8)
for r, name in enumerate(names):
    y = top - r * pitch
    row = [name, "K2-%d" % (1901 + r), "RR2Y", "1.%d" % (r % 10), "R", "Ac,PV",
           "%.1f" % (56.4 - r * 0.7), "7.%d" % (r % 10), "0", "$%d" % (846 - 9 * r)]
    for x, t in zip(cols, row):
        c.drawString(x, y, t)
c.showPage()
c.save()

# Two tables side by side, each ruled only horizontally (a rule above, under
# the head and under every row), their rows at different heights: cells of
# two and three lines, wrapped where the column ends.
c = new_canvas("rl_side_by_side.pdf")


def row_ruled_table(c, x, top, rows, widths):
    total = sum(widths)
    y = top
    c.setLineWidth(0.5)
    c.line(x, y, x + total, y)
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        height = max(len(cell) for cell in row)
        xx = x
        for w, cell in zip(widths, row):
            for k, text in enumerate(cell):
                c.drawString(xx + 3, y - 12 - 12 * k, text)
            xx += w
        y -= 12 * height + 6
        c.line(x, y, x + total, y)


row_ruled_table(c, 60, 760, [[["Service"], ["Lead"], ["Status"]],
                             [["Housing"], ["Cabinet"], ["On track"]],
                             [["Adult social", "care"], ["Director"], ["Delayed"]],
                             [["Roads"], ["Cabinet"], ["Complete,", "evaluated", "in June"]]],
                [80, 60, 70])
row_ruled_table(c, 300, 760, [[["Area"], ["Owner"], ["Update"]],
                              [["Parks and open", "spaces"], ["Council"], ["Agreed"]],
                              [["Waste"], ["Council"], ["Under", "review"]],
                              [["Libraries"], ["Trust"], ["Closed"]]],
                [80, 60, 70])
c.showPage()
c.save()
