"""Front-desk benchmark: the day view, the client file, find-client, and GUI stalls while scrolling a busy week.

    python -m bench.frontdesk [--clients 100000] [--appointments 1000000]

Prints figures; asserts nothing. Baselines in the same run: plain QGraphicsScene rectangles for the day view,
and the same SQL on a plain SQLite copy for the client file. Bulk appointments are seeded with one
executemany (bench data only: the app itself always writes through the unit of work).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.foundation import PAGE, PASSWORD, QUERIES, keyring_config, ms, percentile, timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--appointments", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="salon-frontdesk-bench-"))
    os.environ.update(keyring_config(work))
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)

    import sqlcipher3
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from bench.seed import seed_clients
    from desktop import setup
    from desktop import salon as salons
    from desktop.paths import Layout
    from desktop.timefmt import SALON_ZONE
    from storage import clients, timeutil

    app = QApplication.instance() or QApplication([])
    store, _ = setup.init_salon(Layout(work / "home"), salon_name="Atelier Bench", owner_login="claire",
                                owner_password=PASSWORD)
    desk = salons.login(store, "claire", PASSWORD)
    seed_clients(desk, args.clients)
    for i in range(9):
        desk.staff.add(f"staff{i}", "employee", f"Coiffeur {i + 1}")
    desk.booking.add_service("Coupe", 30)
    service_id = store.conn.execute("SELECT id FROM service").fetchone()[0]
    staff_ids = [r[0] for r in store.conn.execute("SELECT id FROM staff ORDER BY login")]
    client_ids = desk.clients.search("")
    rng = random.Random(7)
    stamp = timeutil.iso(timeutil.now())

    def rows_for(day: date, per_staff: int, staff: list[str], client: str | None = None):
        for staff_id in staff:
            moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=SALON_ZONE)
            for _ in range(per_staff):
                end = moment + timedelta(minutes=15)
                yield (str(uuid.uuid4()), client or rng.choice(client_ids), staff_id, service_id, timeutil.iso(moment),
                       timeutil.iso(end), "booked", stamp, stamp)
                moment = end

    begin = time.perf_counter()
    insert = "INSERT INTO appointment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    busy_day = date(2027, 3, 16)
    regular = max(0, args.appointments - 300 - 1000 - 7 * 4 * 36)
    store.conn.execute("BEGIN")
    first_day = date(2010, 1, 1)  # ten staff x thirty a day: about nine years before the busy days
    for n in range(0, regular, 10 * 30):  # ten staff, thirty a day, day after day
        store.conn.executemany(insert, rows_for(first_day + timedelta(days=n // 300), 30, staff_ids))
    store.conn.executemany(insert, rows_for(busy_day, 30, staff_ids))  # 300 on one day
    loyal = client_ids[0]
    for k in range(1000):  # one client with 1,000 past appointments
        moment = datetime(2019, 1, 1, 9, tzinfo=SALON_ZONE) + timedelta(days=k)
        store.conn.execute(insert, (str(uuid.uuid4()), loyal, staff_ids[0], service_id, timeutil.iso(moment),
                                    timeutil.iso(moment + timedelta(minutes=30)), "done", stamp, stamp))
    week = [busy_day + timedelta(days=d) for d in range(1, 8)]
    for day in week:
        store.conn.executemany(insert, rows_for(day, 36, staff_ids[:4]))
    store.conn.execute("COMMIT")
    total = store.conn.execute("SELECT count(*) FROM appointment").fetchone()[0]
    print(f"seeded {args.clients} clients and {total} appointments in {time.perf_counter() - begin:.1f} s")

    from ui.book.widget import BookWidget
    from ui.clients.detail import ClientDetail
    from ui.ops import OperationRunner
    from ui.style import STYLESHEET

    app.setStyleSheet(STYLESHEET)
    ops = OperationRunner(desk)
    book = BookWidget(desk, ops)
    book.resize(1200, 800)
    book.show()
    app.processEvents()

    from PySide6.QtCore import QEventLoop

    def wait_loaded() -> None:
        """Wait as the app does: in Qt's event loop (the GIL is free for the database worker meanwhile)."""
        loop = QEventLoop()
        book.loaded.connect(loop.quit)
        loop.exec()
        book.loaded.disconnect(loop.quit)

    def render_day() -> None:
        """Read (on the database worker), build the scene and paint: the whole wait a user sees."""
        book.go_to(busy_day)
        wait_loaded()
        book.view.viewport().repaint()

    render_day()
    day_times = timed(render_day, 10)
    appointments = desk.booking.between(datetime(2027, 3, 16, tzinfo=SALON_ZONE), datetime(2027, 3, 17, tzinfo=SALON_ZONE))
    raw_view = QGraphicsView()
    raw_view.resize(1200, 800)
    raw_view.show()

    def raw_day() -> None:
        scene = QGraphicsScene()
        for i, row in enumerate(appointments):
            scene.addRect(i % 10 * 200, (i // 10) * 18, 194, 16, QPen(QColor("#7a4e8c")), QBrush(QColor("#e9dcf2")))
            scene.addSimpleText(row["client"]).setPos(i % 10 * 200 + 4, (i // 10) * 18)
        raw_view.setScene(scene)
        raw_view.viewport().repaint()

    raw_day()
    raw_times = timed(raw_day, 10)
    print(f"render a day with {len(appointments)} appointments (query + scene + paint): median "
          f"{ms(statistics.median(day_times))}  (target <= 50 ms); plain QGraphicsScene of the same rows "
          f"{ms(statistics.median(raw_times))}; ratio {statistics.median(day_times) / statistics.median(raw_times):.1f}x")

    detail = ClientDetail(desk, ops)
    detail.resize(500, 700)
    detail.show()
    detail.show_client(loyal)
    file_times = timed(lambda: (detail.show_client(loyal), detail.repaint()), 10)
    store.conn.execute(f"ATTACH DATABASE '{work / 'plain.db'}' AS plain KEY ''")
    store.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    store.conn.execute("DETACH DATABASE plain")
    plain = sqlcipher3.connect(str(work / "plain.db"))
    plain.execute("PRAGMA cache_size = -65536")
    raw_file = timed(lambda: plain.execute("SELECT * FROM appointment WHERE client_id = ? ORDER BY starts_at DESC",
                                           (loyal,)).fetchall(), 10)
    print(f"open a client file with {len(desk.booking.history(loyal))} past appointments: median "
          f"{ms(statistics.median(file_times))}  (target <= 100 ms); the raw appointment query on plain SQLite "
          f"{ms(statistics.median(raw_file))}")

    finds = []
    for _ in range(3):
        for text in QUERIES:
            finds += timed(lambda: desk.clients.page(text, 0, PAGE, total=desk.clients.count_matching(text)), 1)
    print(f"find-client on {args.clients} clients (count + first page, through the service): p50 "
          f"{ms(statistics.median(finds))}  p95 {ms(percentile(finds, .95))}  (target p95 <= 20 ms)")

    for login in [f"staff{i}" for i in range(3, 9)]:  # the busy week is a four-person salon's week
        desk.staff.deactivate(login)
    book.set_week(True)
    wait_loaded()
    book.go_to(week[0])
    wait_loaded()
    stalls = []
    scroll = book.view.verticalScrollBar()
    across = book.view.horizontalScrollBar()
    for step in range(0, 40):
        begin = time.perf_counter()
        scroll.setValue(int(scroll.maximum() * (step % 20) / 19))
        across.setValue(int(across.maximum() * (step // 2 % 20) / 19))
        book.view.viewport().repaint()
        app.processEvents()
        stalls.append(time.perf_counter() - begin)
    # Paging week to week: the read runs on the database worker. On the GUI thread: the submit, the scene
    # build when the rows arrive, and the paint, each its own event-loop turn in the app.
    view_class = type(book.view)
    original = view_class.show_book

    def timed_show(view, layout, rows):
        begin = time.perf_counter()
        original(view, layout, rows)
        stalls.append(time.perf_counter() - begin)

    scroll_worst = max(stalls)
    view_class.show_book = timed_show
    for direction in (1, -1, 1, -1):
        begin = time.perf_counter()
        book.step(direction)
        stalls.append(time.perf_counter() - begin)
        wait_loaded()
        begin = time.perf_counter()
        book.view.viewport().repaint()
        stalls.append(time.perf_counter() - begin)
    view_class.show_book = original
    print(f"GUI thread while scrolling a busy week (4 staff x 36 a day) and paging weeks: worst stall "
          f"{ms(max(stalls))} (scrolling {ms(scroll_worst)}), median {ms(statistics.median(stalls))}  "
          f"(target worst <= 50 ms)")
    book.shutdown()
    ops.shutdown()
    store.close()


if __name__ == "__main__":
    main()
