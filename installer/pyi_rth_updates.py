# PyInstaller runtime hook (build.spec): runs in the frozen app before its own code, as Picard's portable hook
# does. When the windowed app starts and a verified update is staged, it backs up the salon's database,
# swaps the new version in and restarts into it; the console CLI never does (owners' scripts run it any time).
import sys
from pathlib import Path

from desktop import updates

if Path(sys.executable).stem != updates.CLI_EXECUTABLE:
    updates.at_start(sys.argv)
