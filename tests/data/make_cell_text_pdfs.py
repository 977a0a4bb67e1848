#!/usr/bin/python3
"""Small PDFs of unruled tables laid out by ReportLab's platypus Table, as a
plain HTML-to-PDF converter sets them (issue 15), for the table finder's
tests:

- rl_narrow_column.pdf: a table without rules whose last column is narrow,
  its text (officers' titles) wrapping to one or two words a line beside
  wrapped paragraphs in the other columns, cells set as closely as the
  lines of a paragraph: the titles are text wrapping in their cells, not
  one-word entries each opening a row. rl_narrow_titles.pdf: the same with
  titles that have no commas (only their wrapping shows they run on).
- rl_cell_bullets.pdf: a table without rules whose middle column holds
  bulleted lists (bullet glyphs with a hanging indent) and, in one cell, a
  paragraph after the list starting where the bullets stand: the bullets
  are the list marks of their cells, not a column.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_cell_text_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
styles = getSampleStyleSheet()
BODY = styles["Normal"]
HEAD = ParagraphStyle("Head", parent=BODY, fontName="Helvetica-Bold")
ITEM = ParagraphStyle("Item", parent=BODY, leftIndent=18, bulletIndent=6)
INTRO = "The plan sets out what the council will do in the next six months and who leads each action."


def doc(name, story):
    SimpleDocTemplate(os.path.join(out, name), pagesize=A4, invariant=1, title=name,
                      author="plantrace tests").build(story)


def unruled(rows, widths):
    data = [[[Paragraph(p, HEAD if r == 0 else BODY) for p in cell] if isinstance(cell, list) else cell
             for cell in row] for r, row in enumerate(rows)]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))


def narrow_column(name, officers):
    doc(name, [
        Paragraph(INTRO, BODY), Spacer(1, 12),
        unruled([
            [["Recommendation"], ["Response and planned activity"], ["Officer"]],
            [["1. Refocus corporate attention on safe and legally compliant services"],
             ["Review of the corporate plan in the context of the financial position and the recovery plan "
              "priorities, with practical steps to embed the new ways of working."],
             [officers[0]]],
            [["2. Review the constitution and its delegations"],
             ["Undertake an immediate legal compliance check to identify the sections of the constitution "
              "that require amendment and updating."],
             [officers[1]]],
            [["3. Strengthen working relationships between the chairs"],
             ["Chairs should meet on a monthly basis and agree their work programmes, reporting to the "
              "committee on the progress made."],
             [officers[2]]],
        ], [130, 245, 75]),
    ])


# Titles running on as a sentence does (commas between their parts).
narrow_column("rl_narrow_column.pdf", ["Director of Strategy, Equality and Partnerships",
                                       "Interim Monitoring Officer",
                                       "Assistant Director, Programmes, Performance, Improvement"])
# Titles without punctuation: only their wrapping shows they run on.
narrow_column("rl_narrow_titles.pdf", ["Interim Monitoring Officer", "Chief Executive Officer",
                                       "Assistant Director Programmes"])

BULLETS = [
    ("1. Reframe the scrutiny work programme",
     ["Scrutiny will play an active part in the budget process.",
      "Align the work programme with the recovery plan."], None,
     "Alignment of the work programme with the plan."),
    ("2. Put in place new audit arrangements",
     ["Audit committee improvements should be informed by best practice.",
      "Use of new terms of reference to drive the work."],
     "The new terms of reference were agreed by the committee in November.",
     "Audit committee have a clear work programme."),
    ("3. Design a performance framework",
     ["Consider how the framework can be strengthened.",
      "Undertake an exercise to test the new indicators."], None,
     "There is increased clarity on performance."),
]
rows = [[["Recommendation"], ["Response"], ["Deliverables"]]]
for rec, items, after, deliverable in BULLETS:
    cell = [Paragraph(i, ITEM, bulletText="\u2022") for i in items]
    if after:
        cell.append(Paragraph(after, BODY))
    rows.append([[rec], cell, [deliverable]])
data = [[[Paragraph(p, HEAD if r == 0 else BODY) for p in c] if c and isinstance(c[0], str) else c
         for c in row] for r, row in enumerate(rows)]
doc("rl_cell_bullets.pdf", [
    Paragraph(INTRO, BODY), Spacer(1, 12),
    Table(data, colWidths=[130, 200, 120], repeatRows=1,
          style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])),
])
