#!/usr/bin/python3
"""Small PDFs of key/value tables whose label cells are shaded edge to edge
with no rules at all (a browser or ReportLab printing <th> cells with a
background and no borders), for the shaded-label finder's tests (issue 15):

- rl_touching_labels.pdf: two key/value tables one under the other, 12 pt
  apart, their label backgrounds touching within each table; one value
  wraps over two lines. Two tables, one row per label.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_touching_labels_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
styles = getSampleStyleSheet()
BODY = styles["Normal"]
SHADE = colors.HexColor("#d9d9d9")
INTRO = "This report asks the cabinet to agree the plan and to note the progress made since the last report."


def doc(name, story):
    SimpleDocTemplate(os.path.join(out, name), pagesize=A4, invariant=1, title=name,
                      author="plantrace tests").build(story)


def shaded_labels(rows, widths):
    data = [[Paragraph(k, BODY), Paragraph(v, BODY)] for k, v in rows]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (0, r), (0, r), SHADE) for r in range(len(rows))]
    return Table(data, colWidths=widths, style=TableStyle(style))


doc("rl_touching_labels.pdf", [
    Paragraph(INTRO, BODY), Spacer(1, 12),
    shaded_labels([("Subject:", "Draft improvement and recovery plan"),
                   ("Report of:", "Acting Chief Executive"),
                   ("Relevant Cabinet Member:", "Leader of the Council<br/>Deputy Leader"),
                   ("Report author:", "Assistant Director, Programmes")], [170, 280]),
    Spacer(1, 12),
    shaded_labels([("Are specific wards affected?", "No"),
                   ("Is this a key decision?", "No"),
                   ("Is the decision eligible for call-in?", "No")], [170, 280]),
    Spacer(1, 12), Paragraph(INTRO, BODY),
])
