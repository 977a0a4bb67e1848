#!/usr/bin/python3
"""Small ruled PDFs of a table whose head (a banner over column heads) is
printed again where a row is split (issue 15, deliverable 7), made with
ReportLab for the inner-head and stitching tests:

- rl_head_mid_page.pdf (canvas): one page; the table's head, row 1.1, the
  first lines of row 1.2, then the head again mid-page, ruled as one grid
  with the parts touching, then the rest of row 1.2 (its first cell empty)
  and row 1.3. One table: the head once, rows 1.1, 1.2 (whole), 1.3.
- rl_split_rows.pdf (platypus, as a converter sets a table with
  repeatRows and splitInRow): rows taller than the space left are split at
  the page's foot and go on under the head repeated on the next page, where
  ReportLab draws no rule between the head and the row's rest; before
  splitting a row it may first repeat the head mid-page at a row boundary.
  One table: the head once, rows 1.1 to 1.4, each whole.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_split_row_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# --- rl_head_mid_page.pdf: drawn line by line --------------------------------
LINE = 12
PAD = 6
XS = (60, 120, 370, 510)  # Ref | Action | Lead
BANNER = "1. Governance: effective leadership and decision making"
HEAD = (["Ref"], ["Action"], ["Lead / status"])


def rows_height(cells):
    return max(len(lines) for lines in cells) * LINE + 2 * PAD


def draw_row(c, top, cells, bold=False, banner=False, rule_above=True):
    """One ruled row from `top` down; returns its bottom."""
    font = "Helvetica-Bold" if bold else "Helvetica"
    c.setFont(font, 10)
    bottom = top - rows_height(cells)
    if rule_above:
        c.line(XS[0], top, XS[-1], top)
    c.line(XS[0], top, XS[0], bottom)
    c.line(XS[-1], top, XS[-1], bottom)
    if banner:
        for k, t in enumerate(cells[0]):
            c.drawString(XS[0] + PAD, top - PAD - 9 - k * LINE, t)
    else:
        for x in XS[1:-1]:
            c.line(x, top, x, bottom)
        for x, lines in zip(XS, cells):
            for k, t in enumerate(lines):
                c.drawString(x + PAD, top - PAD - 9 - k * LINE, t)
    c.line(XS[0], bottom, XS[-1], bottom)
    return bottom


def draw_head(c, top):
    top = draw_row(c, top, ([BANNER],), bold=True, banner=True)
    return draw_row(c, top, HEAD, bold=True)


c = canvas.Canvas(os.path.join(out, "rl_head_mid_page.pdf"), pagesize=A4, invariant=1)
c.setFont("Helvetica-Bold", 14)
c.drawString(60, 790, "Improvement plan")
y = draw_head(c, 760)
y = draw_row(c, y, (["1.1"], ["Agree the terms of reference", "for the new committee."], ["Chief Executive"]))
y = draw_row(c, y, (["1.2"], ["Publish the forward plan each", "month with the decisions due"], ["City Solicitor"]))
# The head again, right under the row's first lines, then the row's rest.
y = draw_head(c, y)
y = draw_row(c, y, ([], ["and the reports they rest on,", "a month ahead of each", "meeting."], ["with Democratic Services"]))
y = draw_row(c, y, (["1.3"], ["Review the scheme of delegation."], ["City Solicitor"]))
c.setFont("Helvetica", 10)
c.drawString(60, y - 30, "Progress is reported to Cabinet each quarter.")
c.showPage()
c.save()

# --- rl_split_rows.pdf: ReportLab's own table splitting ----------------------
sheet = getSampleStyleSheet()
cell = ParagraphStyle("cell", parent=sheet["BodyText"], fontSize=10, leading=12, spaceBefore=0, spaceAfter=0)
head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
WORDS = ("Review the scheme of delegation and report the changes to the committee with a timetable "
         "for training of members and officers on the new procedure rules each quarter").split()


def text(n, start):
    return " ".join(WORDS[(i + start) % len(WORDS)] for i in range(n))


data = [[Paragraph(BANNER, head), "", ""],
        [Paragraph("Ref", head), Paragraph("Action", head), Paragraph("Lead / status", head)],
        [Paragraph("1.1", cell), Paragraph(text(60, 0), cell), Paragraph("Chief Executive", cell)],
        [Paragraph("1.2", cell), Paragraph(text(700, 3), cell), Paragraph(text(300, 5), cell)],
        [Paragraph("1.3", cell), Paragraph(text(40, 7), cell), Paragraph("City Solicitor", cell)],
        [Paragraph("1.4", cell), Paragraph(text(500, 2), cell), Paragraph("Leader", cell)]]
table = Table(data, colWidths=[60, 250, 140], repeatRows=2)
table.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dddddd"))]))
table.splitInRow = 1
doc = SimpleDocTemplate(os.path.join(out, "rl_split_rows.pdf"), pagesize=A4, invariant=1)
doc.build([Paragraph("Improvement plan", sheet["Heading1"]),
           Paragraph("The plan's actions and their leads, as agreed by Cabinet. " * 4, sheet["BodyText"]), table])
