"""Screenshots of every screen, at 1366×768 and 1920×1080, in French (or --lang en), plus the printed sheets.

    python scripts/screens.py [--out DIR] [--lang fr|en] [--sizes 1366x768,1920x1080] [--only NAME,…]

Each size runs under its own Xvfb server (apt-get install xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0
libxcb-cursor0 poppler-utils), with a throwaway demo salon and an in-memory keyring. Main windows fill the
screen; dialogs open at their own size over the main window. Files: DIR/<lang>-<W>x<H>-<screen>.png, and
DIR/<lang>-<sheet>-N.png from the PDFs the app prints (pdftoppm): recovery-sheet, day-sheet, confirmation,
access-report, consent-proof, erasure-certificate.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(os.environ.get("TMPDIR", "/tmp")) / "salon-desk-screens"))
    parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)  # WxH: already under Xvfb
    return parser.parse_args()


def main() -> int:
    args = parse()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return shoot(args, out)
    if not shutil.which("Xvfb"):
        print("screens.py needs Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 1
    for number, size in enumerate(args.sizes.split(",")):
        display = f":{90 + number}"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SALON_DESK_LANG": args.lang}
            code = subprocess.call([sys.executable, __file__, "--out", str(out), "--lang", args.lang,
                                    "--only", args.only, "--child", size], env=env)
        finally:
            server.terminate()
            server.wait()
        if code:
            return code
    sheets(out, args.lang)
    print(f"screenshots in {out}")
    return 0


def shoot(args, out: Path) -> int:
    import keyring
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from tests.support.fit import clipped
    from tests.support.keyrings import MemoryKeyring
    from tests.support.screens import SCREENS, Studio
    from ui.style import STYLESHEET

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    i18n.install(args.lang)
    app.setStyleSheet(STYLESHEET)
    from ui import crash

    crash.install()
    studio = Studio()
    screen = app.primaryScreen().geometry()
    names = [name for name in SCREENS if not args.only or name in args.only.split(",")]
    for name in names:
        widgets = SCREENS[name](studio)
        for index, widget in enumerate(widgets):
            if index == 0 and widget.isWindow() and widget.metaObject().className() == "MainWindow":
                widget.setGeometry(screen)
            resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)  # a size the screen chose for itself
            widget.show()
            if index or widget.metaObject().className() != "MainWindow":  # centred, at its own size
                if not resized:
                    widget.adjustSize()
                widget.resize(widget.size().boundedTo(screen.size()))
                widget.move(screen.center() - widget.rect().center())
        settle(app, 900)
        path = out / f"{args.lang}-{args.child}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        for problem in clipped(widgets[-1]):  # the same check as tests/test_screens.py, on the real screen
            print(f"{path.name}: {problem}", file=sys.stderr)
        studio.dispose(widgets)
    studio.close()
    return 0


def settle(app, ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def sheets(out: Path, lang: str) -> None:
    """Every PDF the app prints, as PDFs and as pictures of their pages: the recovery sheet, a day sheet, a booking
    confirmation, an access report, a consent proof and an erasure certificate (made last: it erases)."""
    import keyring

    from desktop import i18n, recovery_sheet
    from desktop.timefmt import salon_now, salon_today
    from tests.support.keyrings import MemoryKeyring
    from tests.support.screens import Studio

    keyring.set_keyring(MemoryKeyring())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    i18n.install(lang)
    recovery = out / f"{lang}-recovery-sheet.pdf"
    recovery_sheet.save(recovery, "ABCDE-FGHJK-LMNPQ-RSTUV", "Atelier Lumière — Coiffure & Beauté, Paris 11e",
                        "01/12/2026")
    studio = Studio(clients=60)
    desk = studio.desk
    pdfs = {name: out / f"{lang}-{name}.pdf" for name in ("recovery-sheet", "day-sheet", "confirmation",
                                                         "access-report", "consent-proof", "erasure-certificate")}
    desk.day_sheets.save(salon_today(), pdfs["day-sheet"])
    upcoming = [row for row in desk.booking.between(salon_now(), salon_now() + timedelta(days=4))
                if row["status"] == "booked"]
    desk.booking.confirmation(upcoming[0]["id"], pdfs["confirmation"])
    requests = {r["kind"]: r["id"] for r in desk.requests.list(client_id=studio.request_client)}
    desk.privacy.report(studio.request_client, pdfs["access-report"], language=lang, request_id=requests["access"])
    desk.consent_exports.proof(studio.health_client, pdfs["consent-proof"])
    desk.privacy.erase(studio.request_client, request_id=requests["erasure"],
                       certificate_path=pdfs["erasure-certificate"], language=lang)
    studio.close()
    if shutil.which("pdftoppm"):
        for pdf in pdfs.values():
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))], check=True)


if __name__ == "__main__":
    sys.exit(main())
