#!/usr/bin/env bash
# Generates a folder of hostile and broken files next to a few good ones, for ingest robustness checks.
#   Scripts/Stress/hostile-corpus.sh DIR [--quick]
# --quick leaves out the 100 MB file and the 50 MB one-line file (the test suite uses it).
# The list of files and what ingest must do with each is printed as TSV on stdout: name, expectation.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
[ $# -ge 1 ] || fatal "usage: Scripts/Stress/hostile-corpus.sh DIR [--quick]"
DIR="$1"
QUICK="${2:-}"
mkdir -p "$DIR"
python3 - "$DIR" "$QUICK" <<'PY'
import os, sys, struct, zlib
d, quick = sys.argv[1], sys.argv[2] == "--quick"
expect = []
def put(name, data, expectation):
    path = os.path.join(d.encode(), name if isinstance(name, bytes) else name.encode())
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    expect.append((name if isinstance(name, str) else repr(name), expectation))

good = "<html><head><title>Uppdrag till Kriminalvården</title></head><body><h1>Uppdrag till Kriminalvården</h1><p>Kriminalvården ska redovisa uppdraget senast den 31 mars 2027.</p></body></html>"
put("good.html", good, "ok")
put("good.txt", "Uppdrag om säkerhetsarbete\n\nStatens institutionsstyrelse ska stärka säkerhetsarbetet.\n", "ok")
put("empty.html", b"", "error")
put("png.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(2000), "error")
put("zip.html", b"PK\x03\x04" + os.urandom(2000), "error")
put("elf.html", b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + os.urandom(2000), "error")
put("random.xml", bytes((i * 7919 + 13) % 256 for i in range(4096)), "error")
put("truncated.html", good[: len(good) // 2], "ok")
put("nested.html", "<html><body>" + "<div>" * 100000 + "djupt nästlad text" + "</div>" * 100000 + "</body></html>", "ok-or-error")
put("latin1.html", "<html><body><p>Förordning om statsbidrag till Kriminalvården, Socialstyrelsen och Länsstyrelserna.</p></body></html>".encode("cp1252"), "ok")
put("lying-charset.html", b'<html><head><meta charset="utf-8"></head><body><p>' + "Skolverket och Högskoleverket ska samråda.".encode("cp1252") + b"</p></body></html>", "ok")
put("utf16-bom.html", "\ufeff<html><body><p>Socialstyrelsen ska följa upp.</p></body></html>".encode("utf-16-le"), "ok")
put("utf16-nobom.xml", '<?xml version="1.0" encoding="UTF-16"?><doc><p>Arbetsförmedlingen ska rapportera.</p></doc>'.encode("utf-16-be"), "ok-or-error")
put("nul-bytes.html", b"<html><body><p>Text\x00med\x00NUL\x00</p></body></html>", "ok-or-error")
put("invalid-utf8.txt", b"Uppdrag\n\nMyndigheten ska \xff\xfe redovisa \xc3\x28 senast den 1 mars 2027.\n", "ok")
put("xxe-file.xml", '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<d><p>before &x; after</p></d>', "no-passwd")
put("xxe-http.xml", '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>\n<d><p>before &x; after</p></d>', "no-network")
put("xxe-parameter.xml", '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n<d><p>parameter</p></d>', "no-passwd")
put("xxe.html", '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>html &x; entity</p></body></html>', "no-passwd")
laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    '<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10) for i in range(1, 10)) + ']>\n<lolz>&lol9;</lolz>'
put("billion-laughs.xml", laughs, "bounded")
put("quadratic.xml", '<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "' + "x" * 50000 + '">]>\n<q>' + "&a;" * 50000 + "</q>", "bounded")
put("unterminated-comment.html", "<html><body><!-- " + "x" * 1000, "ok-or-error")
put(b"bad-name-\xff\xfe.txt", "Domstolsverket ska bistå.\n", "ok")
put("name\nwith-newline.txt", "Tullverket ska bistå.\n", "ok")
put("unsupported.docx", b"PK\x03\x04" + os.urandom(200), "skipped")

def tiny_pdf(text):
    """A one-page PDF with `text` in Helvetica, its cross-reference table at the right offsets."""
    stream = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)

pdf = tiny_pdf("Skatteverket ska redovisa uppdraget senast den 1 mars 2027.")
put("good.pdf", pdf, "ok")
put("pdf-named.html", pdf, "ok")
put("truncated.pdf", pdf[: len(pdf) // 2], "error")
put("header-only.pdf", "%PDF-1.4\n", "error")
put("random.pdf", bytes((i * 7919 + 13) % 256 for i in range(4096)), "error")
put("empty.pdf", b"", "error")
# A page tree that points at itself.
put("page-loop.pdf", pdf.replace(b"/Kids [3 0 R]", b"/Kids [2 0 R]"), "ok-or-error")
os.symlink("loop-b", os.path.join(d, "loop-a"))
os.symlink("loop-a", os.path.join(d, "loop-b"))
expect += [("loop-a", "skipped"), ("loop-b", "skipped")]
os.symlink("/etc/passwd", os.path.join(d, "outside.txt"))
expect.append(("outside.txt", "skipped"))
unreadable = os.path.join(d, "unreadable.html")
with open(unreadable, "w") as f:
    f.write(good)
os.chmod(unreadable, 0)
expect.append(("unreadable.html", "error-unless-root"))
if not quick:
    with open(os.path.join(d, "huge.html"), "wb") as f:
        chunk = ("<p>" + "Kriminalvården ska utveckla arbetet. " * 100 + "</p>\n").encode()
        while f.tell() < 100 * 1024 * 1024:
            f.write(chunk)
    expect.append(("huge.html", "error"))
    with open(os.path.join(d, "one-line.html"), "wb") as f:
        f.write(b"<html><body><p>" + b"ord " * (50 * 1024 * 1024 // 4) + b"</p></body></html>")
    expect.append(("one-line.html", "ok-or-error"))
for name, e in expect:
    print(name.replace("\n", "\\n") + "\t" + e)
PY
