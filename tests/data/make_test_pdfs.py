#!/usr/bin/python3
"""Makes the small PDFs the PDF extractor's tests read (tests/data/*.pdf).

Needs Debian's python3-reportlab (and qpdf for the encrypted copy); the PDFs
are committed so that tests and CI need neither. Run from anywhere:

    /usr/bin/python3 tests/data/make_test_pdfs.py

Coordinates in the comments are reportlab's (origin bottom-left); the tests
expect them in plantrace's (origin top-left): top = 842 - y.
"""
import os
import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4  # 595.27 x 841.89


def fixed(c):
    """Byte-identical output on every run: no dates or random ids."""
    c.setCreator("plantrace make_test_pdfs.py")
    c.setProducer("ReportLab")


def styles_pdf():
    """Bold, underline, superscript and a ruled box on one page."""
    path = os.path.join(HERE, "styles.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    fixed(c)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, H - 72, "Styles Test Report")
    c.setFont("Helvetica", 11)
    # "Plain words then a bold word then plain" on one baseline.
    x = 72
    y = H - 110
    for text, font in [("Plain words then a ", "Helvetica"), ("bold", "Helvetica-Bold"),
                       (" word then plain.", "Helvetica")]:
        c.setFont(font, 11)
        c.drawString(x, y, text)
        x += c.stringWidth(text, font, 11)
    # An underlined lead name: a thin rule just under the baseline.
    y = H - 130
    c.setFont("Helvetica", 11)
    c.drawString(72, y, "Lead:")
    lx = 72 + c.stringWidth("Lead: ", "Helvetica", 11)
    name = "City Solicitor"
    c.drawString(lx, y, name)
    c.setLineWidth(0.7)
    c.line(lx, y - 1.5, lx + c.stringWidth(name, "Helvetica", 11), y - 1.5)
    # A superscript: "21st Century" and a footnote reference "CIPFA)3".
    y = H - 150
    x = 72
    c.drawString(x, y, "the 21")
    x += c.stringWidth("the 21", "Helvetica", 11)
    c.setFont("Helvetica", 7)
    c.drawString(x, y + 4, "st")
    x += c.stringWidth("st", "Helvetica", 7)
    c.setFont("Helvetica", 11)
    c.drawString(x, y, " Century guidance (Solace and CIPFA)")
    x += c.stringWidth(" Century guidance (Solace and CIPFA)", "Helvetica", 11)
    c.setFont("Helvetica", 7)
    c.drawString(x, y + 4, "3")
    # A ruled box: x 100..300, y 500..600 (plantrace: top 241.89, bottom 341.89).
    c.setLineWidth(1)
    c.rect(100, 500, 200, 100, stroke=1, fill=0)
    c.setFont("Helvetica", 11)
    c.drawString(110, 580, "Inside the box")
    c.showPage()
    c.save()


def two_columns_pdf():
    """A title across the page, then two columns of paragraphs."""
    path = os.path.join(HERE, "two_columns.pdf")
    margin, gutter = 60, 24
    col = (W - 2 * margin - gutter) / 2
    title_h = 60
    frames = [
        Frame(margin, margin, col, H - 2 * margin - title_h, id="left", showBoundary=0),
        Frame(margin + col + gutter, margin, col, H - 2 * margin - title_h, id="right"),
    ]

    def title(c, doc):
        fixed(c)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(margin, H - margin - 20, "Two Column Newsletter")

    doc = BaseDocTemplate(path, pagesize=A4, invariant=1,
                          pageTemplates=[PageTemplate(frames=frames, onPage=title)])
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
    story = []
    words = ("council plan budget review panel member officer service report city ward "
             "scrutiny audit finance people housing transport").split()
    for i in range(1, 15):
        # Paragraph i says which one it is, so the test can check the order.
        body = " ".join(words[(i * 3 + k) % len(words)] for k in range(60))
        story.append(Paragraph(f"Paragraph{i:02d} starts here: {body}.", style))
    doc.build(story)


def running_pdf():
    """Three pages with a running header and a page-number footer."""
    path = os.path.join(HERE, "running.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    fixed(c)
    for page in range(1, 4):
        c.setFont("Helvetica", 9)
        c.drawString(72, H - 36, "Birmingham City Council - Governance Report")
        c.drawCentredString(W / 2, 30, f"Page {page} of 3")
        c.setFont("Helvetica", 11)
        y = H - 100
        for line in range(12):
            c.drawString(72, y, f"Body line {line + 1} of page {page} with ordinary report text.")
            y -= 14
        c.showPage()
    c.save()


def encrypted_pdf():
    """styles.pdf encrypted with a user password (AES-256)."""
    src = os.path.join(HERE, "styles.pdf")
    dst = os.path.join(HERE, "encrypted.pdf")
    subprocess.run(["qpdf", "--static-id", "--encrypt", "secret", "owner", "256", "--", src, dst],
                   check=True)


def scanned_pdfs():
    """scanned.pdf: page 1 has text, page 2 only a drawn rectangle (what a
    scan's image gives the text layer: nothing). no_text.pdf: two pages,
    neither with text."""
    c = canvas.Canvas(os.path.join(HERE, "scanned.pdf"), pagesize=A4, invariant=1)
    fixed(c)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, H - 72, "Improvement Plan")
    c.setFont("Helvetica", 11)
    c.drawString(72, H - 100, "1. Review the constitution by June 2024.")
    c.showPage()
    c.rect(72, 72, W - 144, H - 144, fill=1)
    c.showPage()
    c.save()
    c = canvas.Canvas(os.path.join(HERE, "no_text.pdf"), pagesize=A4, invariant=1)
    fixed(c)
    for _ in range(2):
        c.rect(72, 72, W - 144, H - 144, fill=1)
        c.showPage()
    c.save()


if __name__ == "__main__":
    styles_pdf()
    two_columns_pdf()
    running_pdf()
    encrypted_pdf()
    scanned_pdfs()
