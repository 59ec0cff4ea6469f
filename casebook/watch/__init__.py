"""The watched scanner folder: watchdog events and the stable-file wait.

Knows nothing of the vault or documents: it hands complete files to a plain
callback (``FolderWatcher``) and removes an original when asked
(``remove_original``).
"""

from casebook.watch.folder_watcher import FolderWatcher
from casebook.watch.originals import remove_original
from casebook.watch.stability import FileIdentity, StabilityTracker, is_ignored
from casebook.watch.status import WatchStatus, WatchStatusKind

__all__ = [
    "FileIdentity",
    "FolderWatcher",
    "StabilityTracker",
    "WatchStatus",
    "WatchStatusKind",
    "is_ignored",
    "remove_original",
]
