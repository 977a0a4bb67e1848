#!/usr/bin/env python3
"""Makes the small malformed files of tests/bad-inputs/ (committed, so tests
need no Python). The large ones (a 30 MB page, 5,000-deep nesting) are made at
test time by tests/bad_inputs_test.sh instead of being committed.

    python3 tests/bad-inputs/make_bad_inputs.py

The PDFs are written by hand (no library) so each defect is exactly the one
named: a correct one-page PDF is the base, and each file breaks one thing.
expected.tsv says what plantrace must do with each file.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = b"Recommendation 1: Review the budget by June 2024. Lead: Chief Executive."


def pdf(objects, count_fix=None, xref=True, trailer_extra=b"", shift_xref=0):
    """A PDF from a list of object bodies (object i+1 = objects[i])."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref_at = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % (off + shift_xref)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def content(text=TEXT, repeat=1):
    lines = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (770 - 14 * (i % 50), text)
                     for i in range(repeat))
    return b"<< /Length %d >>\nstream\n" % len(lines) + lines + b"endstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page_objects(pages_body=None, page_body=None, stream=None):
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages_body or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page_body or b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream or content(),
        FONT,
    ]


def good_pdf():
    return pdf(page_objects())


def html(body, head=b""):
    return (b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bad input</title>"
            + head + b"</head>\n<body>\n" + body + b"\n</body></html>\n")


def table(rows):
    return b"<table>\n" + b"".join(b"<tr>" + r + b"</tr>\n" for r in rows) + b"</table>"


def small_files():
    good = good_pdf()
    rnd = random.Random(8)  # fixed seed: the same bytes on every run
    files = {
        "empty.pdf": b"",
        "random-bytes.pdf": bytes(rnd.randrange(256) for _ in range(4096)),
        "random-bytes-pdf-header.pdf": b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(4096)),
        "header-only.pdf": b"%PDF-1.4\n",
        "truncated-25pct.pdf": good[: len(good) // 4],
        "truncated-50pct.pdf": good[: len(good) // 2],
        "truncated-before-eof.pdf": good[: good.rfind(b"startxref")],
        "plain-text.pdf": b"just some words in a text file, not a document\n",
        "corrupt-xref.pdf": pdf(page_objects(), shift_xref=37),
        "no-xref.pdf": pdf(page_objects(), xref=False),
        "zero-pages.pdf": pdf(page_objects(pages_body=b"<< /Type /Pages /Kids [] /Count 0 >>")),
        "huge-page-count.pdf": pdf(page_objects(
            pages_body=b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>")),
        "negative-page-count.pdf": pdf(page_objects(
            pages_body=b"<< /Type /Pages /Kids [3 0 R] /Count -7 >>")),
        "page-tree-cycle.pdf": pdf(page_objects(
            pages_body=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")),
        "stream-length-lies.pdf": pdf(page_objects(
            stream=content().replace(b"<< /Length ", b"<< /Length 9999"))),
        "encrypted-dict.pdf": pdf(page_objects() + [
            b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 "
            b"/O <0000000000000000000000000000000000000000000000000000000000000000> "
            b"/U <0000000000000000000000000000000000000000000000000000000000000000> >>"],
            trailer_extra=b"/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> "
                          b"<00112233445566778899aabbccddeeff>] "),
        "html-named.pdf": html(b"<h1>Plan</h1>\n<p>" + TEXT + b"</p>"),
        "pdf-named.html": good,
        "invalid-utf8.html": html(b"<p>Bad bytes \xff\xfe\xc3 here \xed\xa0\x80 and "
                                  b"\xf8\x88\x80\x80\x80 there; " + TEXT + b"</p>"),
        "nul-bytes.html": html(b"<p>NUL\x00in\x00text " + TEXT + b"</p>"),
        "absurd-spans.html": html(table([
            b"<th rowspan=\"2147483647\">No.</th><th colspan=\"1000000000\">Recommendation</th>",
            b"<td rowspan=\"99999999999999999999\">1</td><td colspan=\"65535\">" + TEXT + b"</td>",
        ])),
        "negative-spans.html": html(table([
            b"<th rowspan=\"-1\">No.</th><th colspan=\"-2147483648\">Recommendation</th>",
            b"<td rowspan=\"-5\" colspan=\"0\">1</td><td colspan=\"abc\">" + TEXT + b"</td>",
        ])),
        "unclosed-tags.html": b"<html><body><table><tr><td>" + TEXT + b"<td><p><b><i><table><tr>",
        "utf16.html": "<html><body><p>UTF-16 text</p></body></html>".encode("utf-16"),
    }
    with open(os.path.join(HERE, "../data/encrypted.pdf"), "rb") as f:
        files["encrypted-password.pdf"] = f.read()  # qpdf, a user password set
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    small_files()
