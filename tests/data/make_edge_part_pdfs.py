#!/usr/bin/python3
"""Small two-page PDFs of unruled tables cut by a page break where one part
is too small to be found as a table on its own (issue 15, deliverable 7),
drawn with ReportLab's canvas for the stitching tests:

- rl_edge_head.pdf: a paragraph, then a table's head row of two lines
  (one head wraps) alone at the foot of page 1; the body opens page 2. One
  table: the head row, then the body.
- rl_edge_last_row.pdf: a table running to the foot of page 1; page 2 opens
  with the rest of a cut cell (two lines in one column) and then the last
  row, one line, then a paragraph: too little for a table on page 2. One
  table; the paragraph stays text.
- rl_edge_group_label.pdf: a label column over groups of entries, each
  entry its own row (a wider space between entries than between the lines
  of one); the first group's label and three entries at the foot of page 1,
  its fourth entry at the top of page 2 beside an empty label column. The
  label stays one cell spanning its four rows over both pages.
- rl_edge_negative.pdf: a table ending near the foot of page 1; page 2
  opens with a short heading that fits the table's first column and a
  paragraph: two pages, one table on page 1 only.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_edge_part_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LINE = 12   # from one line of a cell to the next
ROW = 18    # from the last line of a row to the next row
COLS = (60, 130, 380)  # left edges of Ref | Action | Lead

PROSE = ("The council agreed the plan in March and asked officers to report on progress "
         "each quarter, with a fuller review of the actions at the end of the year. ")


def new_canvas(name):
    return canvas.Canvas(os.path.join(out, name), pagesize=A4, invariant=1)


def prose(c, y, lines=2):
    """Lines of body text across the page's width."""
    c.setFont("Helvetica", 10)
    words = (PROSE * 4).split(" ")
    i = 0
    for k in range(lines):
        line = ""
        while c.stringWidth(line, "Helvetica", 10) < 460:
            line += (" " if line else "") + words[i]
            i += 1
        c.drawString(60, y - k * LINE, line)
    return y - lines * LINE


def row(c, y, cells, bold=False):
    """One row of the three columns; each cell a list of lines. Returns the
    y of the next row."""
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
    depth = 0
    for x, lines in zip(COLS, cells):
        for k, t in enumerate(lines):
            c.drawString(x, y - k * LINE, t)
        depth = max(depth, len(lines))
    return y - (depth - 1) * LINE - ROW


HEAD = (["Ref"], ["Action"], ["Lead"])
ACTIONS = [
    (["1.1"], ["Agree the terms of reference", "for the new committee."], ["Chief Executive"]),
    (["1.2"], ["Publish the forward plan", "each month."], ["City Solicitor"]),
    (["1.3"], ["Review the scheme of delegation."], ["City Solicitor"]),
    (["1.4"], ["Train members on the new", "procedure rules."], ["Head of Democratic", "Services"]),
    (["1.5"], ["Report progress to Cabinet."], ["Leader"]),
]

# Head and first entry at the foot of page 1.
c = new_canvas("rl_edge_head.pdf")
y = prose(c, 780, 3)
row(c, 56, (["Ref"], ["Action"], ["Lead", "officer"]), bold=True)
c.showPage()
y = 800
for a in ACTIONS:
    y = row(c, y, a)
prose(c, y - 20)
c.showPage()
c.save()

# The last row's rest and one more row at the top of page 2.
c = new_canvas("rl_edge_last_row.pdf")
y = prose(c, 780, 2)
y = row(c, 190, HEAD, bold=True)
# Rows until the foot of the page: the last one cut after its first line.
k = 0
while y > 80:
    y = row(c, y, (["2.%d" % (k + 1)], ["Action %d agreed by the board." % (k + 1)], ["Officer %d" % (k + 1)]))
    k += 1
row(c, y, (["2.%d" % (k + 1)], ["Set up the review group with", "partners from the health"], ["Director of Place"]))
c.showPage()
y = row(c, 800, ([], ["service and the police by", "the end of the year."], []))
y = row(c, y, (["2.%d" % (k + 2)], ["Close the plan."], ["Leader"]))
prose(c, y - 20)
c.showPage()
c.save()

# A group's label and its first three entries at the foot of page 1.
GROUPS = [
    ("Culture", [["Recognition that our own behaviour needs to change."],
                 ["A positive attitude to the challenges ahead."],
                 ["A more positive narrative for the council."],
                 ["Transparency in decisions and", "acting on feedback."]]),
    ("Planning", [["Taking a long term view of the plans."],
                  ["One council plan and one set of", "priorities."],
                  ["Openness to new ideas and innovation."]]),
    ("Workforce", [["A clear purpose to guide the workforce plan."],
                   ["Determination to address recruitment and", "retention issues."],
                   ["Challenge to the status quo."]]),
    ("Devolution", [["Working across parties and sectors."],
                    ["An outward looking approach to a", "regional model."]]),
    ("Partners", [["A city vision that brings together", "shared interests."],
                  ["Collaboration with communities."]]),
]
c = new_canvas("rl_edge_group_label.pdf")
prose(c, 780, 3)
y = 86
page_break_after = 3  # entries of the first group on page 1
n = 0
for label, entries in GROUPS:
    for k, e in enumerate(entries):
        if n == page_break_after:
            c.showPage()
            y = 800
        if k == 0:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, label)
        c.setFont("Helvetica", 10)
        for t in e:
            c.drawString(200, y, t)
            y -= LINE
        y -= ROW - LINE
        n += 1
prose(c, y - 20)
c.showPage()
c.save()

# A table near the foot of page 1; page 2 opens with a heading and prose.
c = new_canvas("rl_edge_negative.pdf")
y = prose(c, 780, 2)
y = row(c, 230, HEAD, bold=True)
for a in ACTIONS:
    y = row(c, y, a)
c.showPage()
c.setFont("Helvetica-Bold", 10)
c.drawString(60, 800, "Notes")
prose(c, 780, 3)
c.showPage()
c.save()
