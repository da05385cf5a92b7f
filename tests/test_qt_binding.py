"""The Qt binding must survive tens of thousands of calls (PySide6 6.12.0 on Python 3.11 did not)."""
from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QGraphicsScene
from PySide6.QtGui import QBrush, QColor
app = QApplication([])
for n in range(400):
    scene = QGraphicsScene()
    for i in range(50):
        scene.addRect(0, 0, 10, 10).setBrush(QBrush(QColor("#e9dcf2")))
print("alive")
"""


def test_void_calls_do_not_exhaust_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-500:]
